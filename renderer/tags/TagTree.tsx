import { useState } from 'react';
import type { TagTreeNode } from './build-tag-tree.js';

interface TagTreeProps {
  nodes: readonly TagTreeNode[];
  activeTag: string | null;
  onPick: (path: string) => void;
}

/** The sidebar's tag tree with counts; a click shows that tag's claims (its children included). */
export function TagTree({ nodes, activeTag, onPick }: TagTreeProps) {
  if (nodes.length === 0) return <p className="tree-empty">No tags yet.</p>;
  return (
    <ul className="tag-tree" role="tree" aria-label="Tags">
      {nodes.map((node) => <TagTreeItem key={node.path} node={node} level={1} activeTag={activeTag} onPick={onPick} />)}
    </ul>
  );
}

function TagTreeItem({ node, level, activeTag, onPick }: { node: TagTreeNode; level: number; activeTag: string | null; onPick: (path: string) => void }) {
  const [isExpanded, setExpanded] = useState(level === 1);
  const hasChildren = node.children.length > 0;
  return (
    <li role="treeitem" aria-level={level} aria-expanded={hasChildren ? isExpanded : undefined} aria-selected={node.path === activeTag} aria-label={`${node.path} (${node.totalCount})`}>
      <div className="tree-row">
        {hasChildren ? (
          <button type="button" className="tree-toggle" aria-label={`${isExpanded ? 'Collapse' : 'Expand'} ${node.path}`} onClick={() => setExpanded(!isExpanded)}>
            {isExpanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <button type="button" className={`tree-tag${node.color ? ` tag-color-${node.color}` : ''}`} onClick={() => onPick(node.path)} title={`Show claims tagged ${node.path}`}>
          <span className="tree-name" dir="auto">{node.name}</span>
          <span className="tree-count">{node.totalCount}</span>
        </button>
      </div>
      {hasChildren && isExpanded && (
        <ul role="group" className="tag-tree-group">
          {node.children.map((child) => <TagTreeItem key={child.path} node={child} level={level + 1} activeTag={activeTag} onPick={onPick} />)}
        </ul>
      )}
    </li>
  );
}
