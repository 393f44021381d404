import type { SnippetPart } from '../../core/model/search-hit.js';

/** A search snippet: its matching parts in <mark>, all of it as text (never HTML). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet" dir="auto">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
