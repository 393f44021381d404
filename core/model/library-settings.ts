import type { ColorMeaning } from './color-legend.js';

/** Per-library choices of the user. */
export interface LibrarySettings {
  colorLegend: ColorMeaning[];
  claimKinds: string[];
  /** Most pages a PDF may have to be imported ("Largest PDF to import"). */
  maxPdfPages: number;
  /** Who works with this library: recorded with every import and in the custody log ("" when not set). */
  operatorName: string;
  /** Whether a team sync sends this library's originals and archived pages to the team (true), or keeps them on this computer. */
  shareFilesWithTeam: boolean;
}

/** The page limit of PDF imports until the user changes it: 5,000 pages is a long book. */
export const DEFAULT_MAX_PDF_PAGES = 5_000;
