import fs from 'node:fs/promises';
import path from 'node:path';
import { importFileFromPath } from '../../core/import/import-file-from-path.js';
import type { LabelledSpan } from '../../core/claims/score-claim-suggestions.js';
import { FIXTURES } from './fixtures.js';

/** The labelled attributions of one fixture (tests/fixtures/claim-labels), on its canonical text. */
export interface ClaimLabelSet {
  name: string;
  file: string;
  split: 'tuning' | 'held-out';
  /** The labelling round, from the fourth on (the earlier files have none). */
  round: number | null;
  text: string;
  lang: string | null;
  labels: (LabelledSpan & { cue: string; kind: string; content: string })[];
}

/**
 * Every label set, each fixture read as `import` reads it; a content that is not in its text
 * exactly once throws. `fixtures` is tests/fixtures (given by bundled callers, whose own folder is elsewhere).
 */
export async function readClaimLabelSets(fixtures: string = FIXTURES): Promise<ClaimLabelSet[]> {
  const folder = path.join(fixtures, 'claim-labels');
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const sets: ClaimLabelSet[] = [];
  for (const name of names) {
    const data = JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')) as {
      file: string;
      split: 'tuning' | 'held-out';
      round?: number;
      labels: { source: string; cue: string; kind: string; content: string }[];
    };
    const imported = await importFileFromPath(path.join(fixtures, data.file));
    const labels = data.labels.map((label) => {
      const start = imported.text.indexOf(label.content);
      if (start < 0 || imported.text.indexOf(label.content, start + 1) >= 0) {
        throw new Error(`${name}: the content "${label.content.slice(0, 60)}" is not in the text of ${data.file} exactly once`);
      }
      return { ...label, start, end: start + label.content.length };
    });
    sets.push({ name: name.replace(/\.json$/, ''), file: data.file, split: data.split, round: data.round ?? null, text: imported.text, lang: imported.lang, labels });
  }
  return sets;
}
