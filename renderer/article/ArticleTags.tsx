import type { ResearchNotesApi } from '../../core/api/contract.js';
import { TagInput } from '../highlights/TagInput.js';

interface ArticleTagsProps {
  api: ResearchNotesApi;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  onError: (error: unknown) => void;
}

/** The article's own tags, under its title: what the whole article is about, as opposed to one highlight. */
export function ArticleTags({ api, tags, onChange, onError }: ArticleTagsProps) {
  return (
    <div className="article-tags">
      <TagInput api={api} tags={tags} label="Article tags" owner="article" onChange={onChange} onError={onError} />
    </div>
  );
}
