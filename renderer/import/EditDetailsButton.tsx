import { useState } from 'react';
import type { Article, ArticleSummary } from '../../core/model/article.js';
import { ArticleDetailsDialog } from './ArticleDetailsDialog.js';

interface EditDetailsButtonProps {
  article: Article | null;
  onSaved: (summary: ArticleSummary) => void;
}

/** The toolbar's "Edit details" button and the form it opens for the open article's metadata. */
export function EditDetailsButton({ article, onSaved }: EditDetailsButtonProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" disabled={!article} onClick={() => setOpen(true)}>Edit details</button>
      {article && <ArticleDetailsDialog article={article} isOpen={isOpen} onClose={() => setOpen(false)} onSaved={onSaved} />}
    </>
  );
}
