import type { DocNode } from '../document/doc-node.js';

/**
 * Makes a table rectangular by adding empty cells at the ends of short rows, counting colspan and
 * the rows that rowspans reach into. ProseMirror's table plugin "fixes" ragged tables by adding
 * cells itself, which would change the document after import; doing it here keeps it stable.
 */
export function padTableRows(rows: DocNode[]): DocNode[] {
  const widths: number[] = [];
  // Cells still reaching down from earlier rows: how many more rows, how many columns.
  let reaching: Array<{ rows: number; columns: number }> = [];
  rows.forEach((row, rowIndex) => {
    const carried = reaching.reduce((sum, span) => sum + span.columns, 0);
    const cells = row.content ?? [];
    widths.push(carried + cells.reduce((sum, cell) => sum + spanOf(cell, 'colspan'), 0));
    reaching = reaching.map((span) => ({ ...span, rows: span.rows - 1 })).filter((span) => span.rows > 0);
    for (const cell of cells) {
      // A rowspan beyond the last row is clamped, as browsers do.
      const rowspan = Math.min(spanOf(cell, 'rowspan'), rows.length - rowIndex);
      if (rowspan > 1) reaching.push({ rows: rowspan - 1, columns: spanOf(cell, 'colspan') });
      if (cell.attrs) cell.attrs['rowspan'] = rowspan;
    }
  });
  // Not Math.max(...widths): spreading a long table's rows overflows the call stack.
  const width = widths.reduce((widest, rowWidth) => Math.max(widest, rowWidth), 0);
  return rows.map((row, index) => {
    const missing = width - widths[index]!;
    if (missing <= 0) return row;
    const padding = Array.from({ length: missing }, () => emptyCell());
    return { ...row, content: [...(row.content ?? []), ...padding] };
  });
}

function spanOf(cell: DocNode, name: 'colspan' | 'rowspan'): number {
  const value = cell.attrs?.[name];
  return typeof value === 'number' && value >= 1 ? value : 1;
}

/** A cell must hold a block; an empty paragraph is the one empty textblock imports produce. */
function emptyCell(): DocNode {
  return { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] };
}
