import type { MouseEvent } from 'react';
import type { Article } from '../../core/model/article.js';

/**
 * Where an article comes from, under its title: byline, site, publication date and the source
 * (a link that opens outside the app on a click; a file's name otherwise). A byline that only
 * repeats the site is shown once.
 */
export function ArticleProvenance({ article }: { article: Article }) {
  const date = formatDate(article.publishedTime);
  const site = article.siteName?.trim() || null;
  const byline = article.byline?.trim() || null;
  const people = [byline && site && sameName(byline, site) ? null : byline, site].filter((part): part is string => part !== null);
  const sourceUrl = httpUrl(article.url) ?? httpUrl(article.canonicalUrl ?? null);
  const fileName = sourceUrl === null && article.importedFrom?.kind === 'file' ? article.importedFrom.fileName : null;
  if (people.length === 0 && !date && !sourceUrl && !fileName) return null;
  const parts = [
    ...people.map((part) => <span key={`p-${part}`} dir="auto">{part}</span>),
    ...(date ? [<time key="date" dateTime={article.publishedTime ?? undefined}>{date}</time>] : []),
    ...(sourceUrl
      ? [
          <a key="source" className="article-source" href={sourceUrl} title={`${sourceUrl} (opens outside the app)`} onClick={openOutside} rel="noopener noreferrer">
            {shortUrl(sourceUrl)}
            <span aria-hidden="true"> ↗</span>
          </a>,
        ]
      : []),
    ...(fileName ? [<span key="file" dir="auto">{fileName}</span>] : []),
  ];
  return (
    <div className="article-byline" role="group" aria-label="Source">
      {parts.flatMap((part, index) => (index === 0 ? [part] : [<span key={`s-${index}`} aria-hidden="true"> · </span>, part]))}
    </div>
  );
}

// The one way out of the app (DEVELOPERS.md): window.open on the user's click; Electron's
// window-open handler hands an http(s) address to the system browser, the web shell's browser opens a tab.
function openOutside(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  window.open(event.currentTarget.href, '_blank', 'noopener,noreferrer');
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "bbc.co.uk/news/world-6…": the host without www and the start of the path, enough to recognise it. */
function shortUrl(value: string): string {
  const url = new URL(value);
  const rest = `${url.pathname}${url.search}`.replace(/\/$/, '');
  const shown = `${url.hostname.replace(/^www\./, '')}${rest}`;
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  // Sources write dates in many ways; show an unparseable one as written rather than hide it.
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(time);
}
