import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { docToText } from '../document/doc-text.js';
import { findDocProblems } from '../document/find-doc-problems.js';
import { importDocument } from './import-document.js';
import { FIXTURES } from './import-test-helpers.js';
import { seededRandom } from '../../tests/support/seeded-random.js';

/** Fixed, so that a failure can be replayed: the same seed makes the same inputs. */
const SEED = 20_240_501;
const MUTANTS_PER_SEED_FILE = 60;

interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

function seedFiles(): SeedFile[] {
  const file = (...parts: string[]): SeedFile => ({ name: parts.at(-1)!, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, ...parts))) });
  const pages = ['001', 'ietf-1', 'rtl-2', 'remove-script-tags', 'keep-tabular-data', 'daringfireball-1'].map((page) => ({ ...file('web-pages', page, 'source.html'), name: `${page}.html` }));
  const markdown = new TextEncoder().encode('---\ntitle: Fuzz\n---\n# Heading\n\nSome *text* with a [link](https://e.org).\n\n- a\n- b\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n');
  return [
    ...pages,
    file('seed-article.txt'),
    { name: 'notes.md', bytes: markdown },
    ...['tables.docx', 'simple-list.docx', 'footnotes.docx', 'tiny-picture.docx'].map((name) => file('documents', 'docx', name)),
    ...['two_paragraphs.pdf', 'three_pages_with_number.pdf', 'copy_paste_ligatures.pdf', 'js-buttons.pdf', 'ArabicCIDTrueType.pdf'].map((name) => file('documents', 'pdf', name)),
  ];
}

/** One mutation of `bytes`: flipped bytes, a truncation, a splice from another file, or random bytes inserted. */
function mutate(bytes: Uint8Array, donor: Uint8Array, random: () => number): Uint8Array {
  const at = (length: number): number => Math.floor(random() * Math.max(1, length));
  const copy = new Uint8Array(bytes);
  switch (at(5)) {
    case 0: {
      for (let flips = 1 + at(16); flips > 0; flips -= 1) {
        const index = at(copy.length);
        copy[index] = (copy[index] ?? 0) ^ (1 << at(8));
      }
      return copy;
    }
    case 1:
      return copy.slice(0, at(copy.length));
    case 2: {
      const start = at(copy.length);
      const piece = donor.slice(at(donor.length), at(donor.length) + 1 + at(4096));
      return concat(copy.slice(0, start), piece, copy.slice(start + at(4096)));
    }
    case 3: {
      const noise = Uint8Array.from({ length: 1 + at(256) }, () => at(256));
      const start = at(copy.length);
      return concat(copy.slice(0, start), noise, copy.slice(start));
    }
    default: {
      // A run of the file repeated: deep nesting and duplicated structures.
      const start = at(copy.length);
      const run = copy.slice(start, start + 1 + at(2048));
      return concat(copy.slice(0, start), run, run, run, copy.slice(start));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('importer fuzzing', () => {
  it(`survives ${MUTANTS_PER_SEED_FILE} mutants of each fixture: a sound document or an IMPORT_* error`, async () => {
    const random = seededRandom(SEED);
    const seeds = seedFiles();
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    let count = 0;
    for (const seed of seeds) {
      for (let index = 0; index < MUTANTS_PER_SEED_FILE; index += 1) {
        const donor = seeds[Math.floor(random() * seeds.length)]!.bytes;
        const bytes = mutate(seed.bytes, donor, random);
        // One in four goes without its extension, so that detection by content is fuzzed too.
        const fileName = random() < 0.25 ? 'download' : seed.name;
        const label = `${seed.name} #${index}`;
        count += 1;
        try {
          const result = await importDocument({ bytes, fileName });
          if (result.text !== docToText(result.doc)) problems.push(`${label}: text is not docToText(doc)`);
          const docProblems = findDocProblems(result.doc);
          if (docProblems.length > 0) problems.push(`${label}: ${docProblems[0]}`);
          outcomes.set('imported', (outcomes.get('imported') ?? 0) + 1);
        } catch (error) {
          if (!(error instanceof ApiError) || !error.code.startsWith('IMPORT_')) problems.push(`${label}: ${String(error)}`);
          else if (!error.message.includes(fileName)) problems.push(`${label}: the message does not name the file: ${error.message}`);
          const code = error instanceof ApiError ? error.code : 'not an ApiError';
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        }
      }
    }
    console.log(`fuzzed ${count} inputs (seed ${SEED}): ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(count).toBeGreaterThanOrEqual(1000);
    expect(problems).toEqual([]);
  }, 240_000);
});
