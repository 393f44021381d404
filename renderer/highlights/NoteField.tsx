import { useId, useState } from 'react';
import type { DocNode } from '../../core/document/doc-node.js';
import { plainTextToDoc } from '../rich/plain-text-to-doc.js';
import { RichTextEditor } from '../rich/RichTextEditor.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';

interface NoteFieldProps {
  highlightId: string;
  note: string;
  noteDoc: DocNode | null | undefined;
  onChange: (patch: HighlightPatch) => void;
  onCommit: () => void;
}

/**
 * The note of a highlight: a plain text box until the user asks for formatting, then a rich tiptap
 * text (bold, italic, lists, links) saved as noteDoc, with its plain text kept in note for search and export.
 */
export function NoteField({ highlightId, note, noteDoc, onChange, onCommit }: NoteFieldProps) {
  const id = useId();
  const [justTurnedRich, setJustTurnedRich] = useState(false);
  if (noteDoc) {
    return (
      <div className="field note-field">
        <span className="field-label" aria-hidden="true">Note</span>
        <RichTextEditor
          key={highlightId}
          label="Note"
          doc={noteDoc}
          isAutoFocused={justTurnedRich}
          onChange={(doc, text) => onChange({ noteDoc: doc, note: text })}
          onBlur={onCommit}
        />
      </div>
    );
  }
  return (
    <div className="field note-field">
      <div className="field-label-row">
        <label className="field-label" htmlFor={`${id}-note`}>Note</label>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setJustTurnedRich(true);
            onChange({ noteDoc: plainTextToDoc(note) });
            onCommit();
          }}
        >
          Format note
        </button>
      </div>
      <textarea
        id={`${id}-note`}
        dir="auto"
        rows={4}
        value={note}
        placeholder="Context, doubts, sources…"
        onChange={(event) => onChange({ note: event.target.value })}
        onBlur={onCommit}
      />
    </div>
  );
}
