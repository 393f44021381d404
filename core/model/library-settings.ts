import type { ColorMeaning } from './color-legend.js';

/** Per-library choices of the user. */
export interface LibrarySettings {
  colorLegend: ColorMeaning[];
  claimKinds: string[];
}
