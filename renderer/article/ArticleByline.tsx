import type { ArticleSummary } from '../../core/model/article.js';

/** The byline, site and publication date under an article's title, when they are known. */
export function ArticleByline({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.publishedTime);
  const parts = [article.byline, article.siteName].filter((part): part is string => Boolean(part?.trim()));
  if (parts.length === 0 && !date) return null;
  return (
    <p className="article-byline">
      {parts.join(' · ')}
      {parts.length > 0 && date ? ' · ' : ''}
      {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
    </p>
  );
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  // Sources write dates in many ways; show an unparseable one as written rather than hide it.
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(time);
}
