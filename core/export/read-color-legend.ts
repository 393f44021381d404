import type { ResearchNotesApi } from '../api/contract.js';
import { DEFAULT_COLOR_LEGEND, type ColorMeaning } from '../model/color-legend.js';

/** The user's color legend, or the default one when the library cannot give it (older service). */
export async function readColorLegend(api: Partial<Pick<ResearchNotesApi, 'getSettings'>>): Promise<readonly ColorMeaning[]> {
  try {
    return (await api.getSettings?.({}))?.colorLegend ?? DEFAULT_COLOR_LEGEND;
  } catch {
    // A legend only labels colors; an export must not fail for want of one.
    return DEFAULT_COLOR_LEGEND;
  }
}
