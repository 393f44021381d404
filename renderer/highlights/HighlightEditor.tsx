import { useEffect, useId, useRef } from 'react';
import type { ApiArguments, ResearchNotesApi } from '../../core/api/contract.js';
import type { Highlight } from '../../core/model/highlight.js';
import { TagInput } from './TagInput.js';

type HighlightPatch = ApiArguments<'updateHighlight'>['patch'];

interface HighlightEditorProps {
  api: ResearchNotesApi;
  highlight: Highlight;
  shouldFocusClaimant: boolean;
  onClaimantFocused: () => void;
  onChange: (patch: HighlightPatch) => void;
  onCommit: () => void;
  onError: (error: unknown) => void;
}

/** The Claimant, Tags and Note fields of the selected highlight; every edit saves itself. */
export function HighlightEditor({ api, highlight, shouldFocusClaimant, onClaimantFocused, onChange, onCommit, onError }: HighlightEditorProps) {
  const id = useId();
  const claimantRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!shouldFocusClaimant) return;
    claimantRef.current?.focus();
    onClaimantFocused();
  }, [shouldFocusClaimant, onClaimantFocused]);

  return (
    <div className="highlight-editor">
      <label className="field" htmlFor={`${id}-claimant`}>
        <span className="field-label">Claimant</span>
        <input
          id={`${id}-claimant`}
          ref={claimantRef}
          type="text"
          dir="auto"
          value={highlight.claimant}
          placeholder="Who makes this claim?"
          onChange={(event) => onChange({ claimant: event.target.value })}
          onBlur={onCommit}
        />
      </label>
      <TagInput
        api={api}
        tags={highlight.tags}
        onError={onError}
        onChange={(tags) => {
          onChange({ tags });
          // A tag is a discrete choice, not typing in progress: store it now.
          onCommit();
        }}
      />
      <label className="field" htmlFor={`${id}-note`}>
        <span className="field-label">Note</span>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={4}
          value={highlight.note}
          placeholder="Context, doubts, sources…"
          onChange={(event) => onChange({ note: event.target.value })}
          onBlur={onCommit}
        />
      </label>
    </div>
  );
}
