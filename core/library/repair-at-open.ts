import type { ArticleStore } from '../store/article-store.js';
import { keepAside } from '../store/keep-aside.js';
import type { LibraryLayout } from '../store/library-layout.js';
import { RepairMarker } from '../store/repair-marker.js';
import type { WriteGuard } from '../store/write-guard.js';
import { findStrayOriginals } from './find-stray-originals.js';
import { indexEntryOf } from './index-entry-of.js';
import { LibraryIndex } from './library-index.js';
import { rebuildIndexEntries } from './rebuild-index-entries.js';
import { reconcileArticleFiles } from './reconcile-article-files.js';

/** What opening needs to repair a library. */
export interface RepairContext {
  layout: LibraryLayout;
  articles: ArticleStore;
  report: (notice: string) => void;
  guard: WriteGuard;
  /** Nothing may be written: repairs happen in memory only. */
  readOnly: boolean;
}

/** The index as repaired, and the marker to remove at the next clean close (null when nothing was repaired). */
export interface RepairedIndex {
  index: LibraryIndex;
  marker: RepairMarker | null;
}

/** How many titles a notice names before it says "and N more". */
const TITLES_NAMED = 3;

/**
 * Loads the library index and makes sure it lists every valid article file, repairing what a
 * crash or damage left. Each step is safe to interrupt: damaged files are kept aside by a hard
 * link (never moved before the repaired index is written), and a marker written before the
 * rebuild makes every later open finish it and say why, until a clean close removes it.
 * Without damage, the names in articles/ are checked against the index (one readdir): a file
 * not listed is listed from itself, a listed article without a file is restored from its backup
 * or dropped, and the notices say so. Kept originals without an article are reported.
 */
export async function repairAtOpen(context: RepairContext): Promise<RepairedIndex> {
  const { layout, articles, report, guard, readOnly } = context;
  const loaded = await LibraryIndex.load(layout, report, guard);
  const { index } = loaded;
  const marker = new RepairMarker(layout.repairMarkerPath);
  const reasons = await marker.read();
  let repaired = reasons.length > 0;
  if (loaded.rebuildReason !== null) {
    let reason = loaded.rebuildReason;
    if (!readOnly) {
      const kept = [loaded.damaged.index ? await keepAside(layout.indexPath) : null, loaded.damaged.journal ? await keepAside(layout.journalPath) : null];
      const named = kept.filter((keptPath) => keptPath !== null);
      if (named.length > 0) reason += `; it was kept as ${named.join(' and ')}`;
    }
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  if (reasons.length > 0) {
    // From here on a crash at any step leaves the marker, and the next open rebuilds again.
    if (!readOnly) await marker.write(reasons);
    const entries = await rebuildIndexEntries(layout, articles);
    index.replaceAll(entries);
    const where = readOnly ? ' in memory (the library is read-only, so nothing was repaired on disk)' : '';
    report(`${reasons.join('. ')}. The index was rebuilt${where} from ${entries.length} article file${entries.length === 1 ? '' : 's'}.`);
    if (!readOnly) await index.compact({ withoutBackup: loaded.damaged.index, removeJournal: loaded.damaged.journal });
    repaired = true;
  } else {
    for (const id of loaded.touched) await settleTouchedArticle(index, articles, id, readOnly);
    const check = await reconcileArticleFiles(layout, index, articles, loaded.touched);
    const found: string[] = [];
    if (check.listed.length > 0) {
      found.push(
        loaded.indexMissing
          ? `The library index ${layout.indexPath} was missing. The index was rebuilt from ${check.listed.length} article file${check.listed.length === 1 ? '' : 's'}`
          : `${describeCount(check.listed.length, 'article file')} in ${layout.articlesFolder} ${check.listed.length === 1 ? 'was' : 'were'} not in the library index (a repair or a change that did not finish); ${check.listed.length === 1 ? 'it is' : 'they are'} listed again: ${nameTitles(check.listed)}`,
      );
    }
    if (check.dropped.length > 0) {
      found.push(`${describeCount(check.dropped.length, 'listed article')} had no file and no backup, and ${check.dropped.length === 1 ? 'is' : 'are'} no longer listed: ${nameTitles(check.dropped)}`);
    }
    if (found.length > 0) {
      if (!readOnly) await marker.write(found);
      report(`${found.join('. ')}.`);
      repaired = true;
    }
    if (!readOnly && (loaded.shouldCompact || found.length > 0)) await index.compact();
  }
  const strays = await findStrayOriginals(layout, (id) => index.get(id) !== undefined);
  if (strays.length > 0) {
    report(
      `${describeCount(strays.length, 'kept original')} ${strays.length === 1 ? 'has' : 'have'} no article in the library (an import or a deletion that did not finish): ${strays.slice(0, TITLES_NAMED).join(', ')}${strays.length > TITLES_NAMED ? ` and ${strays.length - TITLES_NAMED} more` : ''}. Import ${strays.length === 1 ? 'it' : 'them'} again to recover the article, or delete ${strays.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return { index, marker: repaired && !readOnly ? marker : null };
}

/**
 * After a crash, brings one article that was being changed into agreement with its file (the
 * truth): the entry gets the file's counts, a listed article without a file is dropped (its
 * import never finished), and a removed article's file is removed (its deletion never finished).
 */
async function settleTouchedArticle(index: LibraryIndex, articles: ArticleStore, id: string, readOnly: boolean): Promise<void> {
  if (!index.get(id)) {
    if (!readOnly) await articles.remove(id);
    return;
  }
  const file = await articles.readIfPresent(id);
  if (file === null) index.removeInMemory(id);
  else index.setInMemory(indexEntryOf(file));
}

function describeCount(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}

function nameTitles(titles: readonly string[]): string {
  const named = titles.slice(0, TITLES_NAMED).map((title) => `"${title}"`).join(', ');
  return titles.length > TITLES_NAMED ? `${named} and ${titles.length - TITLES_NAMED} more` : named;
}
