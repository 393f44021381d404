import { TagInput } from '../highlights/TagInput.js';

interface ArticleTagsProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  onError: (error: unknown) => void;
}

/** The article's own tags, under its title: what the whole article is about, as opposed to one highlight. */
export function ArticleTags({ tags, onChange, onError }: ArticleTagsProps) {
  return (
    <div className="article-tags">
      <TagInput tags={tags} label="Article tags" owner="article" onChange={onChange} onError={onError} />
    </div>
  );
}
