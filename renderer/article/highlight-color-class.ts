import { HIGHLIGHT_COLORS } from '../../core/model/color-legend.js';

const KNOWN_COLORS: ReadonlySet<string> = new Set(HIGHLIGHT_COLORS);

/** The CSS class for a highlight's color; unknown colors fall back to yellow rather than reaching the DOM. */
export function highlightColorClass(color: string): string {
  const name = color.trim().toLowerCase();
  return `highlight-${KNOWN_COLORS.has(name) ? name : 'yellow'}`;
}
