import { foldText } from '../rules/fold-text.js';

/** What an importer found, before cleaning. */
export interface PageMetadataToClean {
  title: string;
  byline: string | null;
  siteName: string | null;
  url: string | null;
}

/** The cleaned title and byline, with what they were as found when cleaning changed them. */
export interface CleanedPageMetadata {
  title: string;
  byline: string | null;
  /** The title and byline as the source gave them; null when cleaning changed nothing. */
  original: { title: string; byline: string | null } | null;
}

/** Separators a page puts between its headline and the site's or author's name ("Headline | BBC News"). */
const SEPARATED = /^(.*\S)\s+[|\-–—·•»:]\s+(.+)$/u;
const SEPARATED_FIRST = /^(.+?)\s+[|\-–—·•»:]\s+(.*\S)$/u;
/** A headline must keep at least this many letters after a name is cut from it. */
const MIN_HEADLINE_LETTERS = 8;

/**
 * Cleans what pages add to their metadata: a title's " | Author" or " - Site" at its end (or
 * "Site | " at its start), when that part names the page's site, its author or its web address;
 * a byline that only repeats the site's name ("BBC News" by "BBC News") or starts with "By ".
 * Only names the page itself gives are cut, so a headline with a dash in it stays whole.
 */
export function cleanPageMetadata(found: PageMetadataToClean): CleanedPageMetadata {
  let byline = found.byline?.replace(/^by\s+/iu, '').trim() || null;
  if (byline !== null && found.siteName !== null && nameKey(byline) === nameKey(found.siteName)) byline = null;
  const names = new Set([found.siteName, found.byline, byline, ...hostNames(found.url)].filter((name): name is string => Boolean(name)).map(nameKey).filter((key) => key !== ''));
  let title = found.title.trim();
  // Twice at most: "Headline - Jane Roe | Site".
  for (let round = 0; round < 2; round += 1) {
    const trailing = SEPARATED.exec(title);
    if (trailing && names.has(nameKey(trailing[2]!)) && isHeadline(trailing[1]!)) {
      title = trailing[1]!.trim();
      continue;
    }
    const leading = SEPARATED_FIRST.exec(title);
    if (leading && names.has(nameKey(leading[1]!)) && isHeadline(leading[2]!)) {
      title = leading[2]!.trim();
      continue;
    }
    break;
  }
  const changed = title !== found.title || byline !== found.byline;
  return { title, byline, original: changed ? { title: found.title, byline: found.byline } : null };
}

/** A name compared loosely: folded, letters and digits only ("BBC News" and "bbc-news" agree). */
function nameKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names a web address gives its site: "azatutyun.am" and "azatutyun" for www.azatutyun.am. */
function hostNames(url: string | null): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const labels = host.split('.');
    return labels.length > 1 ? [host, labels.slice(0, -1).join('.'), labels[0]!] : [host];
  } catch {
    return [];
  }
}

function isHeadline(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length >= MIN_HEADLINE_LETTERS;
}
