/** A tag in the library; names are unique case-insensitively. */
export interface Tag {
  name: string;
  /** How many highlights carry it. */
  count: number;
}
