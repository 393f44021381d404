import type { HighlightFilter } from '../../core/model/highlight-filter.js';
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY, type InformationCredibility, type SourceReliability } from '../../core/model/grading.js';

interface ClaimsFilterFormProps {
  filter: HighlightFilter;
  claimKinds: readonly string[];
  onChange: (filter: HighlightFilter) => void;
}

/** The claims view's filters: claimant, tags, about, kind, minimum grade and a date range, each with a visible label. */
export function ClaimsFilterForm({ filter, claimKinds, onChange }: ClaimsFilterFormProps) {
  const set = (patch: Partial<HighlightFilter>) => {
    const next: HighlightFilter = { ...filter, ...patch };
    // An empty field means "any": it is left out rather than sent as "".
    for (const key of Object.keys(next) as (keyof HighlightFilter)[]) {
      const value = next[key];
      if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
    }
    onChange(next);
  };
  const reliability = filter.minGrading?.reliability ?? '';
  const credibility = filter.minGrading?.credibility ?? '';
  const setGrade = (nextReliability: string, nextCredibility: string) =>
    set({
      minGrading: nextReliability || nextCredibility
        ? { reliability: (nextReliability || 'F') as SourceReliability, credibility: (nextCredibility || '6') as InformationCredibility }
        : undefined,
    });

  return (
    <form className="claims-filter" role="search" aria-label="Claims filter" onSubmit={(event) => event.preventDefault()}>
      <label className="field">
        <span className="field-label">Claimant</span>
        <input type="text" aria-label="Filter by claimant" value={filter.claimant ?? ''} onChange={(event) => set({ claimant: event.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Tags</span>
        <input
          type="text"
          aria-label="Filter by tags"
          placeholder="CSTO, Actors/Russia"
          value={(filter.tags ?? []).join(', ')}
          onChange={(event) => set({ tags: event.target.value.split(',').map((tag) => tag.trim()).filter(Boolean) })}
        />
      </label>
      <label className="field">
        <span className="field-label">About</span>
        <input type="text" aria-label="Filter by what it is about" value={filter.about ?? ''} onChange={(event) => set({ about: event.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Kind</span>
        <select aria-label="Filter by kind" value={filter.kind ?? ''} onChange={(event) => set({ kind: event.target.value })}>
          <option value="">any</option>
          {claimKinds.map((kind) => <option key={kind} value={kind}>{kind}</option>)}
        </select>
      </label>
      <fieldset className="field claims-grade">
        <legend className="field-label">Grade at least</legend>
        <span className="field-row">
          <label className="inline-field">
            <span className="field-label">Reliability</span>
            <select aria-label="Minimum source reliability" value={reliability} onChange={(event) => setGrade(event.target.value, credibility)}>
              <option value="">any</option>
              {Object.keys(SOURCE_RELIABILITY).map((letter) => <option key={letter} value={letter}>{letter}</option>)}
            </select>
          </label>
          <label className="inline-field">
            <span className="field-label">Credibility</span>
            <select aria-label="Minimum information credibility" value={credibility} onChange={(event) => setGrade(reliability, event.target.value)}>
              <option value="">any</option>
              {Object.keys(INFORMATION_CREDIBILITY).map((digit) => <option key={digit} value={digit}>{digit}</option>)}
            </select>
          </label>
        </span>
      </fieldset>
      <label className="field">
        <span className="field-label">From</span>
        <input type="date" aria-label="Claims from" value={filter.from ?? ''} onChange={(event) => set({ from: event.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">To</span>
        <input type="date" aria-label="Claims to" value={filter.to ?? ''} onChange={(event) => set({ to: event.target.value })} />
      </label>
    </form>
  );
}
