import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocNode } from '../core/document/doc-node.js';
import { docToText } from '../core/document/doc-text.js';
import type { Highlight } from '../core/model/highlight.js';
import { countArticleClaimants } from '../core/library/count-article-claimants.js';
import { countArticleTags } from '../core/library/count-article-tags.js';
import type { ArticleFile } from '../core/store/article-file-schema.js';
import type { LibraryIndexData, LibraryIndexEntry } from '../core/store/library-index-schema.js';

/** Bump when the generated library changes shape, so a cached one is made again. */
export const GENERATOR_VERSION = '2';

const WORDS = (
  'the minister said that exports rose by a third after the deal while analysts doubt the figure and point to port data ' +
  'officials in moscow rejected the accusation on tuesday armen khachatrian claimed the alliance failed to help armenia ' +
  'sources close to the talks reported progress yet satellite images show little movement at the border crossing today'
).split(' ');

/** A deterministic pseudo-random sequence, so every run of the benchmark measures the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The name of tag number `n` of the synthetic library. */
export function tagName(n: number): string {
  return `topic-${String(n).padStart(4, '0')}`;
}

/**
 * Writes a library of `articles` articles of about `words` words, `highlightsPerArticle`
 * highlights each, tagged from `tags` tags, straight in the store's current format (no fsync: it is
 * a cache that can be made again). With `originalBytes`, each article keeps an original of about
 * that size (a page of its text, padded), as an import keeps one. Returns when every file is written.
 */
export async function generateLibrary(folder: string, articles: number, words = 2000, highlightsPerArticle = 10, tags = 5000, originalBytes = 0): Promise<void> {
  await fs.rm(folder, { recursive: true, force: true });
  await fs.mkdir(path.join(folder, 'articles'), { recursive: true });
  if (originalBytes > 0) await fs.mkdir(path.join(folder, 'originals'), { recursive: true });
  const next = random(articles);
  const entries: LibraryIndexEntry[] = [];
  const started = Date.parse('2024-01-01T00:00:00.000Z');
  let tagCursor = 0;
  const BATCH = 64;
  for (let first = 0; first < articles; first += BATCH) {
    const writes: Promise<void>[] = [];
    for (let n = first; n < Math.min(articles, first + BATCH); n++) {
      const id = `bench-${String(n).padStart(5, '0')}`;
      const title = `Article ${n}: ${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]}`;
      const paragraphs: string[] = [];
      for (let left = words; left > 0; left -= 100) {
        const sentence: string[] = [];
        for (let w = 0; w < Math.min(100, left); w++) sentence.push(WORDS[Math.floor(next() * WORDS.length)]!);
        paragraphs.push(sentence.join(' ') + '.');
      }
      const doc: DocNode = {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
          ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        ],
      };
      const text = docToText(doc);
      const importedAt = new Date(started + n * 60_000).toISOString();
      const highlights: Highlight[] = [];
      for (let h = 0; h < highlightsPerArticle; h++) {
        const start = Math.floor(next() * (text.length - 40));
        const end = start + 20 + Math.floor(next() * 20);
        // Every tag is used (round robin), plus one picked at random, so counts differ.
        const names = [tagName(tagCursor++ % tags), tagName(Math.floor(next() * tags))];
        highlights.push({
          id: `${id}-h${h}`,
          articleId: id,
          target: {
            quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
            position: { type: 'TextPositionSelector', start, end },
          },
          claimant: `Claimant ${h}`,
          tags: [...new Set(names)],
          note: `Synthetic note ${h} on article ${n}.`,
          color: 'yellow',
          createdAt: importedAt,
          updatedAt: importedAt,
        });
      }
      const summary = {
        id,
        title,
        byline: null,
        siteName: 'Synthetic Wire',
        url: `https://example.org/${id}`,
        publishedTime: null,
        lang: 'en',
        dir: 'ltr' as const,
        importedAt,
        contentHash: createHash('sha256').update(text).digest('hex'),
        source: `https://example.org/${id}`,
        highlightCount: highlights.length,
      };
      const file: ArticleFile = { schemaVersion: 1, article: { ...summary, text, doc }, highlights };
      if (originalBytes > 0) {
        const page = `<!doctype html><html><body><p>${text}</p><!-- ${'x'.repeat(Math.max(0, originalBytes - text.length - 60))} --></body></html>`;
        const sha256 = createHash('sha256').update(page).digest('hex');
        const originalPath = `originals/${id}-${sha256.slice(0, 16)}.html`;
        Object.assign(file.article, { originalSha256: sha256, originalPath, originalFileName: `${id}.html`, mediaType: 'text/html' });
        writes.push(fs.writeFile(path.join(folder, originalPath), page));
      }
      // Claimant counts included, as the store writes them: without, every open would backfill them from 10,000 files.
      entries.push({ ...summary, tags: countArticleTags(highlights), claimants: countArticleClaimants(highlights) });
      writes.push(fs.writeFile(path.join(folder, 'articles', `${id}.json`), JSON.stringify(file, null, 2) + '\n'));
    }
    await Promise.all(writes);
  }
  const index: LibraryIndexData = { schemaVersion: 2, journalSeq: 0, unsettled: [], articles: entries };
  await fs.writeFile(path.join(folder, 'library.json'), JSON.stringify(index) + '\n');
}
