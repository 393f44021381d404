/** The props of a suggestion list: its id (options are `${id}-${index}`), name, items and the active one. */
export interface SuggestionListProps {
  id: string;
  label: string;
  suggestions: readonly string[];
  activeIndex: number;
  onPick: (name: string) => void;
}

/** The listbox of suggestions under a text box (tags, claimants), driven by the box's arrow keys. */
export function SuggestionList({ id, label, suggestions, activeIndex, onPick }: SuggestionListProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="tag-suggestions">
      {suggestions.map((name, index) => (
        <li
          key={name}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          className="tag-suggestion"
          // mousedown would blur the text box first, which saves or adds the half-typed draft instead.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(name)}
        >
          {name}
        </li>
      ))}
    </ul>
  );
}
