import { useId } from 'react';
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY, type Grading, type InformationCredibility, type SourceReliability } from '../../core/model/grading.js';

interface GradingFieldsProps {
  grading: Grading | null;
  onChange: (grading: Grading | null) => void;
}

const RELIABILITIES = Object.keys(SOURCE_RELIABILITY) as SourceReliability[];
const CREDIBILITIES = Object.keys(INFORMATION_CREDIBILITY) as InformationCredibility[];

/** The Admiralty grade: source reliability (A-F) and information credibility (1-6), each explained. */
export function GradingFields({ grading, onChange }: GradingFieldsProps) {
  const id = useId();
  // A grade needs both halves; choosing one alone fills the other with "cannot be judged".
  const set = (reliability: SourceReliability | '', credibility: InformationCredibility | '') => {
    if (!reliability && !credibility) onChange(null);
    else onChange({ reliability: reliability || 'F', credibility: credibility || '6' });
  };
  const reliability = grading?.reliability ?? '';
  const credibility = grading?.credibility ?? '';
  return (
    <fieldset className="grading-fields">
      <legend className="visually-hidden">Grading</legend>
      <div className="field grading-field">
        <label className="field-label" htmlFor={`${id}-reliability`}>Source reliability</label>
        <select
          id={`${id}-reliability`}
          value={reliability}
          title={reliability ? SOURCE_RELIABILITY[reliability] : 'Not graded'}
          aria-describedby={`${id}-reliability-text`}
          onChange={(event) => set(event.target.value as SourceReliability | '', credibility)}
        >
          <option value="">–</option>
          {RELIABILITIES.map((letter) => (
            <option key={letter} value={letter} title={SOURCE_RELIABILITY[letter]}>
              {letter} · {gradeName(SOURCE_RELIABILITY[letter])}
            </option>
          ))}
        </select>
        <p id={`${id}-reliability-text`} className="grading-explanation">{reliability ? explanationOf(SOURCE_RELIABILITY[reliability]) : ''}</p>
      </div>
      <div className="field grading-field">
        <label className="field-label" htmlFor={`${id}-credibility`}>Information credibility</label>
        <select
          id={`${id}-credibility`}
          value={credibility}
          title={credibility ? INFORMATION_CREDIBILITY[credibility] : 'Not graded'}
          aria-describedby={`${id}-credibility-text`}
          onChange={(event) => set(reliability, event.target.value as InformationCredibility | '')}
        >
          <option value="">–</option>
          {CREDIBILITIES.map((digit) => (
            <option key={digit} value={digit} title={INFORMATION_CREDIBILITY[digit]}>
              {digit} · {gradeName(INFORMATION_CREDIBILITY[digit])}
            </option>
          ))}
        </select>
        <p id={`${id}-credibility-text`} className="grading-explanation">{credibility ? explanationOf(INFORMATION_CREDIBILITY[credibility]) : ''}</p>
      </div>
    </fieldset>
  );
}

/** What a grade means beyond its name ("minor doubt; …"), the name being in the option's text already. */
function explanationOf(definition: string): string {
  return definition.slice(definition.indexOf(':') + 1).trim();
}

/** A grade's name as its option shows it: "Usually reliable"; "Cannot be judged" for F and 6, whose explanation says of what. */
function gradeName(definition: string): string {
  return definition.split(':')[0]!.replace(/^(Reliability|Truth) cannot be judged$/, 'Cannot be judged');
}
