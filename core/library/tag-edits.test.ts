import { describe, expect, it } from 'vitest';
import { applyTagEdit } from './apply-tag-edit.js';
import { deleteTagEdit } from './delete-tag-edit.js';
import { renameTagEdit } from './rename-tag-edit.js';
import { renameTagPath } from './rename-tag-path.js';

const none = (): undefined => undefined;

describe('tag edits', () => {
  it.each([
    ['Actors', 'Actors', 'Groups', 'Groups'],
    ['actors/CSTO', 'Actors', 'Groups', 'Groups/CSTO'],
    ['Actors/CSTO/Armenia', 'actors/csto', 'Orgs/CSTO', 'Orgs/CSTO/Armenia'],
    ['ActorsX', 'Actors', 'Groups', 'ActorsX'],
    ['Places', 'Actors', 'Groups', 'Places'],
  ])('renameTagPath(%j, %j, %j) is %j', (name, from, to, expected) => {
    expect(renameTagPath(name, from, to)).toBe(expected);
  });

  it('renames children too, merging into the spelling the library already has', () => {
    const canonical = (key: string): string | undefined => ({ 'groups/csto': 'Groups/CSTO' })[key];
    expect(applyTagEdit(['Actors/csto', 'Places'], renameTagEdit(['actors'], 'groups'), canonical)).toEqual(['Groups/CSTO', 'Places']);
  });

  it('merges several sources into one and drops the duplicates that makes', () => {
    expect(applyTagEdit(['csto', 'ODKB', 'Army'], renameTagEdit(['CSTO', 'odkb'], 'CSTO'), none)).toEqual(['CSTO', 'Army']);
  });

  it('deletes a tag with its children and reports no change when nothing is concerned', () => {
    expect(applyTagEdit(['Actors', 'Actors/CSTO', 'Places'], deleteTagEdit('actors'), none)).toEqual(['Places']);
    expect(applyTagEdit(['Places'], deleteTagEdit('Actors'), none)).toBeNull();
  });
});
