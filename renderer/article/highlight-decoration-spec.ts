/** One highlight to draw, already in editor positions. */
export interface HighlightDecorationSpec {
  id: string;
  from: number;
  to: number;
  colorClass: string;
}
