import { tagKey } from '../../core/rules/tag-key.js';
import type { Tag } from '../../core/model/tag.js';

/** A node of the tag tree: "Actors/CSTO" is the child "CSTO" of "Actors". */
export interface TagTreeNode {
  /** The last segment of the path ("CSTO"). */
  name: string;
  /** The whole tag ("Actors/CSTO"), what filters use. */
  path: string;
  /** Highlights with this very tag. */
  ownCount: number;
  /** Highlights with this tag or one below it (a highlight tagged twice below counts twice). */
  totalCount: number;
  color: string | null;
  children: TagTreeNode[];
}

/** The tag tree of "/"-separated tags, sorted by name at each level; parents exist even when unused. */
export function buildTagTree(tags: readonly Tag[]): TagTreeNode[] {
  const roots: TagTreeNode[] = [];
  const byPath = new Map<string, TagTreeNode>();
  for (const tag of tags) {
    const segments = tag.name.split('/').map((segment) => segment.trim()).filter(Boolean);
    let siblings = roots;
    let path = '';
    for (const [index, segment] of segments.entries()) {
      path = path ? `${path}/${segment}` : segment;
      const key = tagKey(path);
      let node = byPath.get(key);
      if (!node) {
        node = { name: segment, path, ownCount: 0, totalCount: 0, color: null, children: [] };
        byPath.set(key, node);
        siblings.push(node);
      }
      node.totalCount += tag.count;
      if (index === segments.length - 1) {
        node.ownCount += tag.count;
        node.color = tag.color ?? node.color;
      }
      siblings = node.children;
    }
  }
  sortTree(roots);
  return roots;
}

function sortTree(nodes: TagTreeNode[]): void {
  nodes.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  for (const node of nodes) sortTree(node.children);
}
