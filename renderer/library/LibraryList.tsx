import type { ArticleSummary } from '../../core/model/article.js';

interface LibraryListProps {
  articles: readonly ArticleSummary[];
  isLoaded: boolean;
  openArticleId: string | null;
  onOpen: (id: string) => void;
}

/** The list of imported articles; the open one is marked aria-current. */
export function LibraryList({ articles, isLoaded, openArticleId, onOpen }: LibraryListProps) {
  return (
    <>
      <ul className="library-list" aria-label="Library">
        {articles.map((article) => (
          <li key={article.id} className="library-item" aria-current={article.id === openArticleId ? 'true' : undefined}>
            <button type="button" className="library-open" onClick={() => onOpen(article.id)} dir="auto">
              <span className="library-title">{article.title}</span>
              <span className="library-meta">
                {[article.siteName ?? sourceLabel(article.source), countLabel(article.highlightCount)].filter(Boolean).join(' · ')}
              </span>
              {article.articleTags && article.articleTags.length > 0 && <span className="library-tags">{article.articleTags.join(', ')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {isLoaded && articles.length === 0 && <p className="library-empty">No articles yet. Import one to start reading.</p>}
    </>
  );
}

function sourceLabel(source: string): string {
  if (source === 'clipboard') return 'Pasted';
  // A web address is long and mostly noise in a narrow list; its host says enough.
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, '');
    } catch {
      return source;
    }
  }
  return source;
}

function countLabel(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 highlight' : `${count} highlights`;
}
