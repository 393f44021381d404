/** A tag in the library; names are unique case-insensitively. */
export interface Tag {
  name: string;
  /** How many highlights carry it. */
  count: number;
  /** The colour the user gave the tag, if any. */
  color?: string | null;
}
