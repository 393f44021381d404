import { useId } from 'react';
import type { ClaimFields } from '../../core/model/claim.js';
import { DEFAULT_CLAIM_FIELDS } from '../../core/model/claim.js';

interface ClaimFieldsEditorProps {
  claim: ClaimFields | undefined;
  claimKinds: readonly string[];
  /** The article's day (YYYY-MM-DD), the claim's date unless one is given. */
  articleDay: string | null;
  onChange: (patch: Partial<ClaimFields>) => void;
  onCommit: () => void;
}

/** The structured fields of a claim beyond its claimant: role, target, kind, date, quote or paraphrase. */
export function ClaimFieldsEditor({ claim, claimKinds, articleDay, onChange, onCommit }: ClaimFieldsEditorProps) {
  const id = useId();
  const fields = { ...DEFAULT_CLAIM_FIELDS, ...claim };
  // A kind that was removed from the list stays choosable on the claims that use it.
  const kinds = fields.kind && !claimKinds.includes(fields.kind) ? [...claimKinds, fields.kind] : claimKinds;
  const isDateDefault = fields.madeOn === null;
  return (
    <div className="claim-fields">
      <label className="field" htmlFor={`${id}-role`}>
        <span className="field-label">Role or affiliation</span>
        <input id={`${id}-role`} type="text" dir="auto" value={fields.claimantRole} placeholder="e.g. MP, ruling party" onChange={(event) => onChange({ claimantRole: event.target.value })} onBlur={onCommit} />
      </label>
      <label className="field" htmlFor={`${id}-about`}>
        <span className="field-label">About</span>
        <input id={`${id}-about`} type="text" dir="auto" value={fields.about} placeholder="Who or what it concerns" onChange={(event) => onChange({ about: event.target.value })} onBlur={onCommit} />
      </label>
      <label className="field" htmlFor={`${id}-kind`}>
        <span className="field-label">Kind</span>
        <select
          id={`${id}-kind`}
          value={fields.kind}
          onChange={(event) => {
            onChange({ kind: event.target.value });
            onCommit();
          }}
        >
          <option value="">–</option>
          {kinds.map((kind) => <option key={kind} value={kind}>{kind}</option>)}
        </select>
      </label>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-date`}>Claim date</label>
        <input
          id={`${id}-date`}
          type="date"
          className={isDateDefault ? 'is-default' : undefined}
          value={fields.madeOn ?? articleDay ?? ''}
          aria-describedby={`${id}-date-hint`}
          onChange={(event) => {
            onChange({ madeOn: event.target.value || null });
            onCommit();
          }}
        />
        <span id={`${id}-date-hint`} className="field-hint">
          {isDateDefault ? (articleDay ? 'The article’s date' : 'No date') : (
            <button type="button" className="link-button" onClick={() => { onChange({ madeOn: null }); onCommit(); }}>Use the article’s date</button>
          )}
        </span>
      </div>
      <div className="field">
      <span className="field-label" aria-hidden="true">Quote</span>
      <div className="quote-kind" role="radiogroup" aria-label="Quote or paraphrase">
        {(['direct', 'paraphrase'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`${id}-quote-kind`}
              value={kind}
              checked={fields.quoteKind === kind}
              onChange={() => {
                onChange({ quoteKind: kind });
                onCommit();
              }}
            />
            {kind === 'direct' ? 'Direct quote' : 'Paraphrase'}
          </label>
        ))}
      </div>
      </div>
    </div>
  );
}
