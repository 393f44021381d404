import { describe, expect, it } from 'vitest';
import { buildTagTree } from './build-tag-tree.js';

describe('buildTagTree', () => {
  it('nests tags by "/" with counts summed upwards', () => {
    const tree = buildTagTree([
      { name: 'Actors/CSTO', count: 3 },
      { name: 'Actors/Russia/Kremlin', count: 1, color: 'red' },
      { name: 'Actors', count: 2 },
      { name: 'armenia', count: 4 },
    ]);
    expect(tree.map((node) => [node.path, node.ownCount, node.totalCount])).toEqual([
      ['Actors', 2, 6],
      ['armenia', 4, 4],
    ]);
    const actors = tree[0]!;
    expect(actors.children.map((node) => node.path)).toEqual(['Actors/CSTO', 'Actors/Russia']);
    const russia = actors.children[1]!;
    expect([russia.ownCount, russia.totalCount]).toEqual([0, 1]);
    expect(russia.children[0]).toMatchObject({ name: 'Kremlin', path: 'Actors/Russia/Kremlin', color: 'red' });
  });

  it('merges paths that differ only in case or spaces around "/"', () => {
    const tree = buildTagTree([{ name: 'Actors / CSTO', count: 1 }, { name: 'actors/Iran', count: 1 }]);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((node) => node.name)).toEqual(['CSTO', 'Iran']);
  });
});
