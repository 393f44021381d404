import fs from 'node:fs/promises';
import path from 'node:path';
import type { LibraryService } from '../../core/library/library-service.js';

/** One acknowledged highlight: its article and the notes it may hold (two while an edit was in flight). */
interface ExpectedHighlight {
  articleId: string;
  notes: Set<string>;
}

/**
 * What the kill child acknowledged over many runs (its `try`/`ack` lines), and the check that a
 * library opened after a kill still holds all of it. An operation in flight at the kill may or
 * may not have happened, so it requires nothing, and a deletion in flight stops requiring what
 * it deleted.
 */
export class AcknowledgedState {
  readonly articles = new Set<string>();
  readonly deleted = new Set<string>();
  readonly highlights = new Map<string, ExpectedHighlight>();
  readonly filters = new Set<string>();
  acknowledged = 0;

  /** Takes in one run's lines. */
  apply(lines: readonly string[]): void {
    let inFlight: string[] | null = null;
    for (const line of lines) {
      const words = line.split(' ');
      if (words[0] === 'try') inFlight = words.slice(1);
      if (words[0] !== 'ack') continue;
      inFlight = null;
      this.acknowledged++;
      const [, kind, first, second, ...rest] = words;
      if (kind === 'import') this.articles.add(first!);
      if (kind === 'highlight') this.highlights.set(second!, { articleId: first!, notes: new Set([rest.join(' ')]) });
      if (kind === 'edit') this.highlights.set(second!, { articleId: first!, notes: new Set([rest.join(' ')]) });
      if (kind === 'unhighlight') this.highlights.delete(second!);
      if (kind === 'delete') this.forgetArticle(first!, true);
      if (kind === 'setting') this.filters.add(first!);
    }
    if (inFlight === null) return;
    const [kind, first, second, ...rest] = inFlight;
    // Either outcome is right for what was in flight.
    if (kind === 'edit') this.highlights.get(second!)?.notes.add(rest.join(' '));
    if (kind === 'unhighlight') this.highlights.delete(second!);
    if (kind === 'delete') this.forgetArticle(first!, false);
  }

  /**
   * What is wrong with the library as opened now, one line each (empty when nothing): an
   * acknowledged article or highlight missing, a highlight with an older note, an index count
   * that disagrees with its file, a saved filter lost, a deleted article back, or the search index
   * disagreeing with the files once it has caught up.
   */
  async problems(library: LibraryService): Promise<string[]> {
    const problems: string[] = [];
    const listed = await library.listArticles({});
    const counts = new Map(listed.map((article) => [article.id, article.highlightCount]));
    for (const id of this.articles) if (!counts.has(id)) problems.push(`acknowledged article ${id} is not listed`);
    for (const id of this.deleted) if (counts.has(id)) problems.push(`deleted article ${id} is listed again`);
    let highlightTotal = 0;
    const present = new Map<string, string>();
    for (const article of listed) {
      const { highlights } = await library.getArticle({ id: article.id });
      highlightTotal += highlights.length;
      if (highlights.length !== article.highlightCount) problems.push(`article ${article.id} is listed with ${article.highlightCount} highlights, its file has ${highlights.length}`);
      for (const highlight of highlights) present.set(highlight.id, highlight.note);
    }
    for (const [id, expected] of this.highlights) {
      const note = present.get(id);
      if (note === undefined) problems.push(`acknowledged highlight ${id} of article ${expected.articleId} is missing`);
      else if (!expected.notes.has(note)) problems.push(`highlight ${id} holds "${note}", not the acknowledged ${[...expected.notes].map((n) => `"${n}"`).join(' or ')}`);
    }
    const tagTotal = (await library.listTags({})).reduce((sum, tag) => sum + tag.count, 0);
    if (tagTotal !== highlightTotal) problems.push(`the tag counts add up to ${tagTotal}, the highlights to ${highlightTotal}`);
    const filters = new Set((await library.listSavedFilters({})).map((filter) => filter.name));
    for (const name of this.filters) if (!filters.has(name)) problems.push(`acknowledged saved filter ${name} is missing`);
    // search.sqlite is never trusted after a crash: once rebuilt it must agree with the files.
    const total = await settledHighlightTotal(library, highlightTotal);
    if (total !== highlightTotal) problems.push(`the search index holds ${total} highlights, the files ${highlightTotal}`);
    return problems;
  }

  private forgetArticle(id: string, acknowledged: boolean): void {
    this.articles.delete(id);
    if (acknowledged) this.deleted.add(id);
    for (const [highlightId, expected] of this.highlights) if (expected.articleId === id) this.highlights.delete(highlightId);
  }
}

/** The highlights the claims view counts, asked until the search index has caught up (bounded). */
async function settledHighlightTotal(library: LibraryService, expected: number): Promise<number> {
  let total = -1;
  for (let attempt = 0; attempt < 200; attempt++) {
    total = (await library.queryHighlights({ filter: {}, limit: 1 })).total;
    if (total === expected) return total;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return total;
}

/** Damaged copies (`*.damaged-*`) in a library folder and its subfolders: a crash alone must never make one. */
export async function damagedCopies(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const sub of ['', 'articles', 'backups', path.join('backups', 'articles')]) {
    const names = await fs.readdir(path.join(folder, sub)).catch(() => [] as string[]);
    for (const name of names) if (name.includes('.damaged-')) found.push(path.join(sub, name));
  }
  return found;
}

/** Backups that do not parse as JSON: a rotation interrupted by a crash must never leave one. */
export async function unreadableBackups(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const sub of ['backups', path.join('backups', 'articles')]) {
    const names = await fs.readdir(path.join(folder, sub)).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(folder, sub, name);
      if (!(await fs.stat(file)).isFile()) continue;
      try {
        JSON.parse(await fs.readFile(file, 'utf8'));
      } catch {
        found.push(path.join(sub, name));
      }
    }
  }
  return found;
}
