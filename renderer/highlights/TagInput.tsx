import { useCallback, useId, useState, type KeyboardEvent } from 'react';
import { markdownTag } from '../../core/export/markdown-tag.js';
import { tagKey } from '../../core/rules/tag-key.js';
import { SuggestionList } from './SuggestionList.js';
import { useSuggestions } from './use-suggestions.js';
import { useApi } from '../api/api-context.js';

interface TagInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  onError: (error: unknown) => void;
  /** The field's label (its accessible name): "Tags" for a highlight's. */
  label?: string;
  /** What the chips are the tags of, for their list's name and their remove buttons' names. */
  owner?: 'highlight' | 'article';
}

// Long enough to skip most keystrokes of a word, short enough that suggestions feel immediate.
const SUGGESTION_LIMIT = 8;

/**
 * The Tags box: Enter adds the typed tag, chips remove one, and library tags are suggested as you
 * type. Where a tag's Markdown form differs from its name ("Zangezur corridor" is
 * #Zangezur-corridor), the field says so, as the export and Obsidian will write it.
 */
export function TagInput({ tags, onChange, onError, label = 'Tags', owner = 'highlight' }: TagInputProps) {
  const api = useApi();
  const [draft, setDraft] = useState('');
  const id = useId();
  const listboxId = `${id}-suggestions`;

  // The library's tags starting with what is typed, but those the highlight already has.
  const fetchUntaken = useCallback(
    async (prefix: string) => {
      const found = await api.listTags({ prefix, limit: SUGGESTION_LIMIT + tags.length });
      const taken = new Set(tags.map(tagKey));
      return found.map((tag) => tag.name).filter((name) => !taken.has(tagKey(name))).slice(0, SUGGESTION_LIMIT);
    },
    [api, tags],
  );
  const { suggestions, setSuggestions, activeIndex, setActiveIndex } = useSuggestions(draft, fetchUntaken, onError);

  const add = (name: string) => {
    const tag = name.trim();
    setDraft('');
    setSuggestions([]);
    if (!tag || tags.some((existing) => tagKey(existing) === tagKey(tag))) return;
    onChange([...tags, tag]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(activeIndex >= 0 ? (suggestions[activeIndex] ?? draft) : draft);
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Escape' && suggestions.length > 0) {
      // Closes the suggestions only; the next Escape deselects the highlight.
      event.stopPropagation();
      setSuggestions([]);
    }
  };

  const isExpanded = suggestions.length > 0;
  const removeLabel = owner === 'article' ? 'Remove article tag' : 'Remove tag';
  const markdownHint = describeMarkdownForms(draft.trim() ? [...tags, draft.trim()] : tags);
  return (
    <div className={`field tag-field tag-field-${owner}`}>
      <label className="field-label" htmlFor={`${id}-input`}>{label}</label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={owner === 'article' ? 'Tags of this article' : 'Tags of this highlight'}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span dir="auto">{tag}</span>
              <button type="button" className="tag-remove" aria-label={`${removeLabel} ${tag}`} title={`${removeLabel} ${tag}`} onClick={() => onChange(tags.filter((other) => other !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-combo">
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          placeholder="New tag, then Enter"
          autoComplete="off"
          aria-autocomplete="list"
          aria-controls={isExpanded ? listboxId : undefined}
          aria-activedescendant={isExpanded && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined}
          aria-describedby={markdownHint ? `${id}-markdown` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // What was typed is kept even if Enter was never pressed.
            if (draft.trim()) add(draft);
            setSuggestions([]);
          }}
        />
        {isExpanded && (
          <SuggestionList id={listboxId} label="Tag suggestions" suggestions={suggestions} activeIndex={activeIndex} onPick={add} />
        )}
      </div>
      {markdownHint && (
        <p id={`${id}-markdown`} className="field-hint tag-markdown-hint">
          In Markdown and Obsidian: <span dir="auto">{markdownHint}</span>
        </p>
      )}
    </div>
  );
}

/** The Markdown forms of the tags whose form is not their name ("#Zangezur-corridor"), or '' when every tag is written as it is. */
function describeMarkdownForms(tags: readonly string[]): string {
  const forms = tags.map((tag) => ({ tag, form: markdownTag(tag) }));
  if (forms.every(({ tag, form }) => form === `#${tag}`)) return '';
  return forms.map(({ form }) => form ?? '(left out: no letters or digits)').join(' ');
}
