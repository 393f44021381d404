/** One highlight color and what it means to this user. */
export interface ColorMeaning {
  /** A color name the renderer knows (see HIGHLIGHT_COLORS). */
  color: string;
  meaning: string;
}

/** The highlight colors the UI offers, in order. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange', 'red', 'gray'] as const;

/** The legend a new library starts with; the meanings are the user's to change. */
export const DEFAULT_COLOR_LEGEND: ColorMeaning[] = [
  { color: 'yellow', meaning: 'claim' },
  { color: 'green', meaning: 'evidence' },
  { color: 'red', meaning: 'contradiction' },
  { color: 'blue', meaning: 'context' },
  { color: 'purple', meaning: 'question' },
  { color: 'orange', meaning: 'follow up' },
];
