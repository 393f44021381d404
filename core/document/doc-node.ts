/**
 * A rich document node in tiptap's JSON form. Node and mark names are those of
 * core/document/schema-names.ts; the renderer's tiptap extensions must know all of them.
 */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

/** An inline mark (bold, link, ...) in tiptap's JSON form. */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}
