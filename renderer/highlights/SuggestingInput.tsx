import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { SuggestionList } from './SuggestionList.js';

interface SuggestingInputProps {
  label: string;
  value: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Suggestions for what has been typed so far (called after a pause in typing). */
  suggest: (prefix: string) => Promise<string[]>;
  onChange: (value: string) => void;
  onBlur?: () => void;
  onError: (error: unknown) => void;
}

// As in the tag box: skips most keystrokes of a word, still feels immediate.
const SUGGEST_DELAY_MS = 150;

/** A text box that offers earlier values as you type (claimants, "about"); arrows and Enter pick one. */
export function SuggestingInput({ label, value, placeholder, inputRef, suggest, onChange, onBlur, onError }: SuggestingInputProps) {
  const id = useId();
  const listboxId = `${id}-suggestions`;
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [isTyping, setTyping] = useState(false);

  useEffect(() => {
    const prefix = value.trim();
    if (!isTyping || !prefix) {
      setSuggestions([]);
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      suggest(prefix)
        .then((found) => {
          if (!isCurrent) return;
          setSuggestions(found.filter((name) => name !== value).slice(0, 8));
          setActiveIndex(-1);
        })
        .catch(onError);
    }, SUGGEST_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [value, isTyping, suggest, onError]);

  const pick = (name: string) => {
    setTyping(false);
    setSuggestions([]);
    onChange(name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      event.preventDefault();
      pick(suggestions[activeIndex]!);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setSuggestions([]);
    }
  };

  const isExpanded = suggestions.length > 0;
  return (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-input`}>{label}</label>
      <div className="tag-combo">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          dir="auto"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          aria-autocomplete="list"
          aria-controls={isExpanded ? listboxId : undefined}
          aria-activedescendant={isExpanded && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined}
          onChange={(event) => {
            setTyping(true);
            onChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setTyping(false);
            setSuggestions([]);
            onBlur?.();
          }}
        />
        {isExpanded && (
          <SuggestionList id={listboxId} label={`${label} suggestions`} suggestions={suggestions} activeIndex={activeIndex} onPick={pick} />
        )}
      </div>
    </div>
  );
}
