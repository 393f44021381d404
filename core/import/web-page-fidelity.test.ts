import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document.js';
import type { ImportedDocument } from './imported-document.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { wordF1 } from './word-f1.js';
import { WEB_PAGES } from '../../tests/support/fixtures.js';

const FIELDS = ['title', 'byline', 'siteName', 'lang', 'publishedTime'] as const;
/** Share of pages on which each metadata field must equal the expected value. */
const METADATA_FLOOR = 0.97;
/** Word-level F1 the median page must reach. */
const MEDIAN_F1_FLOOR = 0.99;

/** Trimmed with whitespace collapsed; empty counts as missing, as the importer keeps it. */
function normalise(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** The text a reader sees in expected.html: block elements separated, as in the canonical text. */
function expectedText(html: string): string {
  const document = parseHtmlDocument(html);
  // Block ends become breaks so that words of adjacent blocks are not glued together.
  for (const element of Array.from(document.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, td, th, br, pre, blockquote, figcaption, dt, dd'))) {
    (element as unknown as { after(text: string): void }).after('\n');
  }
  return document.body?.textContent ?? '';
}

interface PageResult {
  page: string;
  f1: number;
  mismatches: string[];
}

const pages = fs.readdirSync(WEB_PAGES).filter((name) => fs.existsSync(path.join(WEB_PAGES, name, 'source.html'))).sort();

describe('web-page fidelity against the Readability fixtures', () => {
  it('meets the metadata and text floors', async () => {
    const results: PageResult[] = [];
    const agreements = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<(typeof FIELDS)[number], number>;
    for (const page of pages) {
      const folder = path.join(WEB_PAGES, page);
      const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const imported: ImportedDocument = await importDocument({ bytes: fs.readFileSync(path.join(folder, 'source.html')), fileName: 'source.html' });
      const mismatches: string[] = [];
      for (const field of FIELDS) {
        const want = normalise(expected[field]);
        // Extraction is measured on the metadata as found: the cleaning after it (" | Site" cut from
        // a title, a byline repeating the site dropped) is clean-page-metadata.test.ts's to check.
        const found = field === 'title' || field === 'byline' ? { ...imported, ...imported.importedMetadata } : imported;
        const got = field === 'title' && imported.titleIsDerived ? null : normalise(found[field]);
        if (want === got) agreements[field] += 1;
        else mismatches.push(`${field}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      }
      const f1 = wordF1(imported.text, expectedText(fs.readFileSync(path.join(folder, 'expected.html'), 'utf8')));
      results.push({ page, f1, mismatches });
    }
    console.log(
      ['page | F1 | metadata mismatches', ...results.map(({ page, f1, mismatches }) => `${page.padEnd(42)} | ${f1.toFixed(4)} | ${mismatches.join('; ') || 'none'}`)].join('\n'),
    );
    const sorted = results.map((result) => result.f1).sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    const shares = Object.fromEntries(FIELDS.map((field) => [field, agreements[field] / pages.length]));
    console.log(`pages: ${pages.length}; median F1: ${median.toFixed(4)}; metadata agreement: ${JSON.stringify(shares)}`);
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const field of FIELDS) expect({ field, share: shares[field]! }).toEqual({ field, share: expect.toSatisfy((share: number) => share >= METADATA_FLOOR) });
    expect(median).toBeGreaterThanOrEqual(MEDIAN_F1_FLOOR);
  }, 120_000);
});
