// What the claim finder gets wrong on the TUNING labels only (tests/fixtures/claim-labels): per
// file, the labels it missed and the suggestions no label matches, to read while changing rules.
// The held-out files are never printed, only counted: their errors must not steer the rules.
// Run: node scripts/build-bench.mjs && node .bench-cache/claim-tuning-errors.mjs
import path from 'node:path';
import { claimScores, countClaimMatches, type ClaimScoreCounts } from '../core/claims/score-claim-suggestions.js';
import { readClaimLabelSets } from '../tests/support/claim-label-sets.js';

const { loadClaimFinder } = await import('../core/claims/load-claim-finder.js');
const findClaims = await loadClaimFinder();
const sets = await readClaimLabelSets(path.resolve(process.cwd(), 'tests/fixtures'));
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(WORD) ?? []);
const overlaps = (a: string, b: string): boolean => {
  const shared = [...wordsOf(a)].filter((word) => wordsOf(b).has(word)).length;
  return shared * 2 >= Math.max(wordsOf(a).size, wordsOf(b).size);
};
const short = (text: string): string => (text.length > 140 ? `${text.slice(0, 100)} … ${text.slice(-30)}` : text).replace(/\s+/g, ' ');

const allCounts: ClaimScoreCounts[] = [];
for (const set of sets.filter((candidate) => candidate.split === 'tuning')) {
  const suggestions = findClaims(set.text, { lang: set.lang });
  const spans = suggestions.map((suggestion) => ({ ...suggestion.target.position, claimant: suggestion.claimant, exact: suggestion.target.quote.exact }));
  const counts = countClaimMatches(set.text, set.labels, spans);
  allCounts.push(counts);
  console.log(`\n## ${set.name}: ${counts.labels} labels, ${counts.suggestions} suggestions, ${counts.matched} matched, ${counts.claimantCorrect} claimants right`);
  for (const label of set.labels) if (!spans.some((span) => overlaps(span.exact, label.content))) console.log(`  MISSED [${label.kind}] ${label.source} (${label.cue}): ${short(label.content)}`);
  for (const [index, span] of spans.entries()) {
    const label = set.labels.find((candidate) => overlaps(span.exact, candidate.content));
    if (!label) console.log(`  FALSE  ${span.claimant} (${suggestions[index]!.cue}, ${suggestions[index]!.kind}, ${suggestions[index]!.confidence}): ${short(span.exact)}`);
    else if (!label.source.toLowerCase().includes(span.claimant.toLowerCase().split(/\s+/).pop() ?? '')) console.log(`  CLAIMANT ${span.claimant} ≠ ${label.source}: ${short(span.exact)}`);
  }
}
const total = claimScores(allCounts);
const round = (value: number): string => value.toFixed(3);
console.log(`\ntuning: ${total.labels} labels, P ${round(total.precision)}, R ${round(total.recall)}, F1 ${round(total.f1)}, claimant ${round(total.claimantAccuracy)}`);
console.log(`(${sets.filter((set) => set.split === 'held-out').length} held-out files not shown)`);
