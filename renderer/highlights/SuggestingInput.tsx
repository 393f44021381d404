import { useCallback, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { SuggestionList } from './SuggestionList.js';
import { useSuggestions } from './use-suggestions.js';

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

/** A text box that offers earlier values as you type (claimants, "about"); arrows and Enter pick one. */
export function SuggestingInput({ label, value, placeholder, inputRef, suggest, onChange, onBlur, onError }: SuggestingInputProps) {
  const id = useId();
  const listboxId = `${id}-suggestions`;
  const [isTyping, setTyping] = useState(false);

  // Only while the user types: a value set from outside (another highlight chosen) offers nothing.
  const fetchOthers = useCallback(async (prefix: string) => (await suggest(prefix)).filter((name) => name !== value).slice(0, 8), [suggest, value]);
  const { suggestions, setSuggestions, activeIndex, setActiveIndex } = useSuggestions(isTyping ? value : null, fetchOthers, onError);

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
