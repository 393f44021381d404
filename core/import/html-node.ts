/**
 * The part of a DOM node the HTML importer reads. linkedom's types refer to the DOM library, which
 * the Node side does not load, so its nodes arrive untyped; this names what we rely on.
 */
export interface HtmlNode {
  readonly nodeType: number;
  /** Lower-case tag name for elements (HTML documents only). */
  readonly localName?: string;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly parentNode: HtmlNode | null;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
  remove?(): void;
}
