import { useCallback, useEffect, useRef } from 'react';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightLink, HighlightRef } from '../../core/model/highlight-link.js';
import type { LibrarySettings } from '../../core/model/library-settings.js';
import { HighlightLinks } from '../links/HighlightLinks.js';
import { isTextField } from '../keyboard/is-text-field.js';
import { ClaimFieldsEditor } from './ClaimFieldsEditor.js';
import { ColorPicker } from './ColorPicker.js';
import { GradingFields } from './GradingFields.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';
import { NoteField } from './NoteField.js';
import { SuggestingInput } from './SuggestingInput.js';
import { TagInput } from './TagInput.js';
import { useApi } from '../api/api-context.js';

interface HighlightEditorProps {
  highlight: Highlight;
  settings: LibrarySettings;
  articleDay: string | null;
  /** Moves when links (or the articles they point into) change: the linked highlights are looked up again. */
  linksVersion: number;
  shouldFocusClaimant: boolean;
  shouldFocusTags: boolean;
  onFocused: () => void;
  onChange: (patch: HighlightPatch) => void;
  onCommit: () => void;
  onOpenLinked: (ref: HighlightRef) => void;
  onLink: () => void;
  onUnlink: (link: HighlightLink) => void;
  onError: (error: unknown) => void;
}

/** Every field of the selected highlight: colour, claim, grading, tags, links and note; every edit saves itself. */
export function HighlightEditor(props: HighlightEditorProps) {
  const api = useApi();
  const { highlight, onChange, onCommit, onError, shouldFocusClaimant, shouldFocusTags, onFocused } = props;
  const claimantRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Checked as the field takes focus, which may be frames after the request (the entry is drawn
    // after the article): a passage the user has selected since would be lost to the focus move.
    if (shouldFocusClaimant) {
      // Nor is a field the user has already started typing in (the entry may appear while they type).
      if (window.getSelection()?.isCollapsed !== false && !isTextField(document.activeElement)) claimantRef.current?.focus();
    } else if (shouldFocusTags) editorRef.current?.querySelector<HTMLInputElement>('.tag-field input')?.focus();
    else return;
    onFocused();
  }, [shouldFocusClaimant, shouldFocusTags, onFocused]);

  const suggestClaimants = useCallback(
    async (prefix: string) => (await api.listClaimants({ prefix, limit: 8 })).map((claimant) => claimant.name),
    [api],
  );

  return (
    <div className="highlight-editor" ref={editorRef}>
      <ColorPicker
        color={highlight.color}
        legend={props.settings.colorLegend}
        onChange={(color) => {
          onChange({ color });
          onCommit();
        }}
      />
      <SuggestingInput
        label="Claimant"
        inputRef={claimantRef}
        value={highlight.claimant}
        placeholder="Who makes this claim?"
        suggest={suggestClaimants}
        onChange={(claimant) => onChange({ claimant })}
        onBlur={onCommit}
        onError={onError}
      />
      <ClaimFieldsEditor
        claim={highlight.claim}
        claimKinds={props.settings.claimKinds}
        articleDay={props.articleDay}
        onChange={(claim) => onChange({ claim })}
        onCommit={onCommit}
      />
      <GradingFields
        grading={highlight.grading ?? null}
        onChange={(grading) => {
          onChange({ grading });
          onCommit();
        }}
      />
      <TagInput
        tags={highlight.tags}
        onError={onError}
        onChange={(tags) => {
          onChange({ tags });
          // A tag is a discrete choice, not typing in progress: store it now.
          onCommit();
        }}
      />
      <HighlightLinks highlight={highlight} version={props.linksVersion} onOpen={props.onOpenLinked} onLink={props.onLink} onUnlink={props.onUnlink} />
      <NoteField highlightId={highlight.id} note={highlight.note} noteDoc={highlight.noteDoc} onChange={onChange} onCommit={onCommit} />
    </div>
  );
}
