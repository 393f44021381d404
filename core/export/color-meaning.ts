import { DEFAULT_COLOR_LEGEND, type ColorMeaning } from '../model/color-legend.js';

/** The meaning of a highlight's color under the user's legend; an unknown color stands for itself. */
export function colorMeaning(color: string, legend: readonly ColorMeaning[] = DEFAULT_COLOR_LEGEND): string {
  const name = color.trim().toLowerCase();
  const meaning = legend.find((entry) => entry.color.trim().toLowerCase() === name)?.meaning.trim();
  return meaning || name || 'yellow';
}
