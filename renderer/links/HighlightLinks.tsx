import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightLink, HighlightRef } from '../../core/model/highlight-link.js';
import { useHighlightLookup } from './use-highlight-lookup.js';

interface HighlightLinksProps {
  highlight: Highlight;
  version: number;
  onOpen: (ref: HighlightRef) => void;
  onLink: () => void;
  onUnlink: (link: HighlightLink) => void;
}

// Read from this highlight's side: an incoming "supports" means the other one supports this one.
const INCOMING: Record<HighlightLink['relation'], string> = {
  supports: 'supported by',
  contradicts: 'contradicted by',
  repeats: 'repeated by',
  cites: 'cited by',
};

/** The links of the selected highlight, shown from its side, each a click away from the other end. */
export function HighlightLinks({ highlight, version, onOpen, onLink, onUnlink }: HighlightLinksProps) {
  const links = highlight.links ?? [];
  const lookup = useHighlightLookup(links.map((link) => link.other), version);
  return (
    <div className="field">
      <span className="field-label">Links</span>
      {links.length > 0 && (
        <ul className="link-list" aria-label="Links of this highlight">
          {links.map((link) => {
            const other = lookup.get(link.other.highlightId);
            const relation = link.direction === 'outgoing' ? link.relation : INCOMING[link.relation];
            const quote = other?.highlight.target.quote.exact ?? '…';
            const title = other?.article.title ?? '';
            return (
              <li key={link.id} className={`link-item link-${link.relation}`}>
                <button type="button" className="link-open" title="Open this highlight in its article" onClick={() => onOpen(link.other)}>
                  <span className="link-relation">{relation} →</span> <q dir="auto">{quote}</q>
                  {title && <span className="link-article"> ({title})</span>}
                </button>
                <button type="button" className="tag-remove" aria-label={`Remove link: ${relation} ${quote}`} title="Remove link" onClick={() => onUnlink(link)}>×</button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button button-small" onClick={onLink}>Link to…</button>
    </div>
  );
}
