import { formatGrading, INFORMATION_CREDIBILITY, SOURCE_RELIABILITY, type Grading } from '../../core/model/grading.js';

/** The explanation of a grade, as its hover text: what the letter and the digit mean. */
export function describeGrading(grading: Grading): string {
  return `${grading.reliability}: ${SOURCE_RELIABILITY[grading.reliability]}\n${grading.credibility}: ${INFORMATION_CREDIBILITY[grading.credibility]}`;
}

/** An Admiralty grade as a small badge ("B2"), explained on hover. */
export function GradeBadge({ grading }: { grading: Grading | null | undefined }) {
  if (!grading) return null;
  return (
    <abbr className="grade-badge" title={describeGrading(grading)} aria-label={`Grade ${formatGrading(grading)}`}>
      {formatGrading(grading)}
    </abbr>
  );
}
