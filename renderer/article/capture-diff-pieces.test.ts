import { describe, expect, it } from 'vitest';
import { captureDiffPieces } from './capture-diff-pieces.js';

describe('captureDiffPieces', () => {
  it('keeps short stretches whole', () => {
    const changes = [
      { kind: 'same', text: 'The bridge would open in ' },
      { kind: 'removed', text: 'May' },
      { kind: 'added', text: 'June' },
      { kind: 'same', text: ' next year.' },
    ] as const;
    expect(captureDiffPieces(changes)).toEqual(changes);
  });

  it('cuts a long unchanged stretch to context around the changes, counting what it leaves out', () => {
    const long = 'a'.repeat(1_000);
    const pieces = captureDiffPieces([
      { kind: 'same', text: long },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: long },
      { kind: 'removed', text: 'old' },
      { kind: 'same', text: long },
    ]);
    expect(pieces).toEqual([
      { kind: 'elided', characters: 840 },
      { kind: 'same', text: 'a'.repeat(160) },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: 'a'.repeat(160) },
      { kind: 'elided', characters: 680 },
      { kind: 'same', text: 'a'.repeat(160) },
      { kind: 'removed', text: 'old' },
      { kind: 'same', text: 'a'.repeat(160) },
      { kind: 'elided', characters: 840 },
    ]);
  });
});
