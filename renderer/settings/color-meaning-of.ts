import type { ColorMeaning } from '../../core/model/color-legend.js';

/** What a colour means in the legend ("claim"), or an empty string when the legend does not say. */
export function colorMeaningOf(legend: readonly ColorMeaning[], color: string): string {
  return legend.find((entry) => entry.color === color)?.meaning ?? '';
}
