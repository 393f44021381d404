import type { ApiArguments } from '../api/contract.js';
import { foldText } from '../rules/fold-text.js';
import type { ClaimantUse } from './count-article-claimants.js';
import { dayOf } from '../rules/day-of.js';
import type { ArticleSummary } from '../model/article.js';

/** What listArticles reads of an index entry. */
export type ArticleListEntry = ArticleSummary & { tags: readonly { name: string }[]; claimants?: readonly ClaimantUse[] };

/**
 * The library list from index entries alone (no article file is read): filtered by tag (the
 * article's own or one of its highlights', with its children), claimant and source (contained, ignoring case and diacritics) and by a date range on
 * the published day (the import day when an article has none), then sorted. `entries` are in the
 * order the articles were added, which breaks ties: the later one first.
 */
export function selectArticles<E extends ArticleListEntry>(entries: readonly E[], args: ApiArguments<'listArticles'>): E[] {
  const tag = args.tag === undefined ? null : foldText(args.tag.trim());
  const claimant = args.claimant === undefined ? null : foldText(args.claimant.trim());
  const source = args.source === undefined ? null : foldText(args.source.trim());
  const matches = (entry: E): boolean => {
    if (tag !== null && !entry.tags.some((use) => isUnder(foldText(use.name), tag)) && !(entry.articleTags ?? []).some((name) => isUnder(foldText(name), tag))) return false;
    if (claimant !== null && !(entry.claimants ?? []).some((use) => foldText(use.name).includes(claimant))) return false;
    if (source !== null && !foldText(`${entry.source}\n${entry.siteName ?? ''}`).includes(source)) return false;
    if (args.from !== undefined || args.to !== undefined) {
      const day = dayOf(entry.publishedTime) ?? dayOf(entry.importedAt);
      if (day === null || (args.from !== undefined && day < args.from) || (args.to !== undefined && day > args.to)) return false;
    }
    return true;
  };
  const order = entries.map((entry, position) => ({ entry, position })).filter(({ entry }) => matches(entry));
  const newestImport = (a: (typeof order)[number], b: (typeof order)[number]): number =>
    b.entry.importedAt.localeCompare(a.entry.importedAt) || b.position - a.position;
  const sort = args.sort ?? 'imported';
  order.sort((a, b) => {
    if (sort === 'published') {
      const dayA = dayOf(a.entry.publishedTime);
      const dayB = dayOf(b.entry.publishedTime);
      // Undated articles last: a missing date says nothing about being old.
      if (dayA !== dayB) return dayA === null ? 1 : dayB === null ? -1 : dayB.localeCompare(dayA);
    } else if (sort === 'title') {
      const byTitle = a.entry.title.localeCompare(b.entry.title, undefined, { sensitivity: 'base', numeric: true });
      if (byTitle !== 0) return byTitle;
    }
    return newestImport(a, b);
  });
  return order.map(({ entry }) => entry);
}

function isUnder(key: string, parent: string): boolean {
  return key === parent || key.startsWith(`${parent}/`);
}
