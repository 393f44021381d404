// Checks the hand labels (tests/fixtures/claim-labels) without running the claim finder: every
// content must stand exactly once in its fixture's canonical text. For whoever writes labels, who
// must not see the finder's output. Run: node .bench-cache/check-claim-labels.mjs [name ...]
import path from 'node:path';
import { readClaimLabelSets } from '../tests/support/claim-label-sets.js';

const wanted = new Set(process.argv.slice(2));
try {
  const sets = await readClaimLabelSets(path.resolve(process.cwd(), 'tests/fixtures'));
  for (const set of sets) if (wanted.size === 0 || wanted.has(set.name)) console.log(`${set.name} (${set.split}): ${set.labels.length} labels, all found once in ${set.file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
