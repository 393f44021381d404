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
      <legend className="field-label">Grading</legend>
      <label className="field" htmlFor={`${id}-reliability`}>
        <span className="field-label">Source reliability</span>
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
              {letter} · {SOURCE_RELIABILITY[letter].split(':')[0]}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-credibility`}>
        <span className="field-label">Information credibility</span>
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
              {digit} · {INFORMATION_CREDIBILITY[digit].split(':')[0]}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-reliability-text`} className="grading-explanation">{reliability ? SOURCE_RELIABILITY[reliability] : ''}</p>
      <p id={`${id}-credibility-text`} className="grading-explanation">{credibility ? INFORMATION_CREDIBILITY[credibility] : ''}</p>
    </fieldset>
  );
}
