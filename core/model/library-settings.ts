import type { ColorMeaning } from './color-legend.js';

/** Per-library choices of the user. */
export interface LibrarySettings {
  colorLegend: ColorMeaning[];
  claimKinds: string[];
  /** Who works with this library: recorded with every import and in the custody log ("" when not set). */
  operatorName: string;
}
