/*
 * Scores suggestions against hand labels (tests/fixtures/claim-labels): a suggestion matches a
 * label when the words they share are at least half of the words of the longer of the two (the
 * overlap match of the issue, as Citron's evaluation on PARC 3.0 uses); each label and each
 * suggestion is matched at most once, best overlap first. Claimant accuracy: the share of matched
 * suggestions whose claimant names the labelled source, i.e. they share their head word (the last
 * word that is not a title or a suffix: "Dr. Shadlen" and "Michael Shadlen, Ph.D." agree).
 */

/** A labelled attribution: its content span and source. */
export interface LabelledSpan {
  start: number;
  end: number;
  source: string;
}

/** A suggestion as scored: its content span and claimant. */
export interface SuggestedSpan {
  start: number;
  end: number;
  claimant: string;
}

/** Counts that add up over files. */
export interface ClaimScoreCounts {
  labels: number;
  suggestions: number;
  matched: number;
  claimantCorrect: number;
}

/** Precision, recall and F1 of content spans, and claimant accuracy among matched suggestions. */
export interface ClaimScores extends ClaimScoreCounts {
  precision: number;
  recall: number;
  f1: number;
  claimantAccuracy: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_HEADS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'phd', 'ph', 'd', 'md', 'jr', 'sr', 'the', 'a', 'an']);

/** Matches the suggestions of one text against its labels. */
export function countClaimMatches(text: string, labels: readonly LabelledSpan[], suggestions: readonly SuggestedSpan[]): ClaimScoreCounts {
  const words = [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length] as const);
  const wordsIn = (start: number, end: number): number => words.filter(([from, to]) => from >= start && to <= end).length;
  const pairs: { label: number; suggestion: number; overlap: number }[] = [];
  labels.forEach((label, labelIndex) => {
    suggestions.forEach((suggestion, suggestionIndex) => {
      const shared = wordsIn(Math.max(label.start, suggestion.start), Math.min(label.end, suggestion.end));
      const longer = Math.max(wordsIn(label.start, label.end), wordsIn(suggestion.start, suggestion.end));
      if (longer > 0 && shared * 2 >= longer) pairs.push({ label: labelIndex, suggestion: suggestionIndex, overlap: shared / longer });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedLabels = new Set<number>();
  const usedSuggestions = new Set<number>();
  let claimantCorrect = 0;
  for (const pair of pairs) {
    if (usedLabels.has(pair.label) || usedSuggestions.has(pair.suggestion)) continue;
    usedLabels.add(pair.label);
    usedSuggestions.add(pair.suggestion);
    if (claimantNamesSource(suggestions[pair.suggestion]!.claimant, labels[pair.label]!.source)) claimantCorrect++;
  }
  return { labels: labels.length, suggestions: suggestions.length, matched: usedLabels.size, claimantCorrect };
}

/**
 * Whether a claimant names a labelled source: they share their head word, or one is the other's
 * acronym ("FAA" and "the Federal Aviation Administration", "RMS" and "Richard M. Stallman").
 */
export function claimantNamesSource(claimant: string, source: string): boolean {
  const head = (name: string): string | undefined => {
    const words = (name.toLowerCase().replace(/['’]s\b/g, '').match(WORD) ?? []).filter((word) => !NOT_HEADS.has(word));
    return words[words.length - 1];
  };
  const a = head(claimant);
  return (a !== undefined && a === head(source)) || isAcronymOf(claimant, source) || isAcronymOf(source, claimant);
}

/** Whether `short` holds one all-capital word that is the initials of `long`'s capitalised words. */
function isAcronymOf(short: string, long: string): boolean {
  const acronym = short.match(/\b\p{Lu}{2,6}\b/u)?.[0];
  if (!acronym) return false;
  const initials = (long.match(/\p{Lu}[\p{L}.]*/gu) ?? []).filter((word) => word !== acronym).map((word) => word[0]).join('');
  return initials === acronym;
}

/** The scores of counts added up over files. */
export function claimScores(counts: readonly ClaimScoreCounts[]): ClaimScores {
  const total = counts.reduce((sum, count) => ({
    labels: sum.labels + count.labels,
    suggestions: sum.suggestions + count.suggestions,
    matched: sum.matched + count.matched,
    claimantCorrect: sum.claimantCorrect + count.claimantCorrect,
  }), { labels: 0, suggestions: 0, matched: 0, claimantCorrect: 0 });
  const precision = total.suggestions === 0 ? 0 : total.matched / total.suggestions;
  const recall = total.labels === 0 ? 0 : total.matched / total.labels;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...total, precision, recall, f1, claimantAccuracy: total.matched === 0 ? 0 : total.claimantCorrect / total.matched };
}
