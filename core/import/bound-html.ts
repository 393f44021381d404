import { Parser, type Handler } from 'htmlparser2';
import { ImportLimitError } from './import-limit-error.js';
import { TopFirstStack } from './top-first-stack.js';

/**
 * Deepest nesting of elements kept (counted from the outermost element). Readability scores and
 * cleans every element by looking at all of its descendants, and htmlparser2 (under linkedom and
 * sanitize-html) moves its whole stack on each open tag: 2,000 nested divs took a minute,
 * 100,000 ended in a stack overflow. Browsers stop nesting at 512; real articles stay below 40.
 */
export const MAX_HTML_DEPTH = 100;

/**
 * Most elements a page may have (about 100 times a long article's). Parsing, sanitising and
 * converting cost about 6 µs an element each and the DOM about 1 KB of memory: a 20 MB page of
 * 1.8 million empty divs would need over 10 s and a gigabyte before a single word is read.
 */
export const MAX_HTML_ELEMENTS = 150_000;

/** Most attributes a page may have: 20 MB of "<p a a a ..." is one element with ten million of them. */
export const MAX_HTML_ATTRIBUTES = 1_000_000;

/** HTML whose nesting was capped, with what it holds. */
export interface BoundedHtml {
  html: string;
  elementCount: number;
  /**
   * The sum over its elements of their depth squared (after the cap): what Readability's work
   * grows with, as it measures each element's text against its descendants' (a few thousand
   * for a short article, some hundred thousand for a long Wikipedia page).
   */
  nestingWork: number;
}

/** Elements whose content is raw text: never unwrapped, or their text would be read as markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * Caps the nesting of HTML before any DOM is built: elements deeper than MAX_HTML_DEPTH are
 * unwrapped (their tags removed, their text and inner void elements such as images kept, so
 * nothing readable is lost). Depth is counted with htmlparser2's own rules (implied end tags,
 * void elements), the rules linkedom and sanitize-html parse by, so what they build is at most
 * one level deeper than the cap. Returns the input itself when nothing is too deep. Throws
 * ImportLimitError beyond MAX_HTML_ELEMENTS elements or MAX_HTML_ATTRIBUTES attributes, as soon
 * as they are counted. Linear in the input (htmlparser2's stacks are replaced, see top-first-stack.ts).
 */
export function boundHtml(html: string, limits: { maxDepth?: number; maxElements?: number; maxAttributes?: number } = {}): BoundedHtml {
  const maxDepth = limits.maxDepth ?? MAX_HTML_DEPTH;
  const maxElements = limits.maxElements ?? MAX_HTML_ELEMENTS;
  const maxAttributes = limits.maxAttributes ?? MAX_HTML_ATTRIBUTES;
  // Spans [start, end) of the tags to remove, in source order.
  const cuts: number[] = [];
  let depth = 0;
  let elementCount = 0;
  let attributeCount = 0;
  let nestingWork = 0;
  const parser: LinearParser = new LinearParser(
    {
      onattribute() {
        attributeCount += 1;
        if (attributeCount > maxAttributes) throw new ImportLimitError(`it has more than ${maxAttributes.toLocaleString('en')} HTML attributes`);
      },
      onopentag(name, _attributes, isImplied) {
        elementCount += 1;
        if (elementCount > maxElements) {
          throw new ImportLimitError(`it has more than ${maxElements.toLocaleString('en')} HTML elements (a long article has a few thousand)`);
        }
        if (parser.isVoid(name)) return;
        depth += 1;
        const keptDepth = Math.min(depth, maxDepth + 1);
        nestingWork += keptDepth * keptDepth;
        if (depth > maxDepth && !isImplied && !RAW_TEXT.has(name)) cuts.push(parser.startIndex, parser.endIndex + 1);
      },
      onclosetag(name, isImplied) {
        // At the end of the input Parser closes what is still open without saying which: nothing to cut.
        if (name === undefined || parser.isVoid(name)) return;
        if (depth > maxDepth && !isImplied && !RAW_TEXT.has(name)) cuts.push(parser.startIndex, parser.endIndex + 1);
        depth -= 1;
      },
    },
  );
  parser.end(html);
  if (cuts.length === 0) return { html, elementCount, nestingWork };
  const parts: string[] = [];
  let from = 0;
  for (let index = 0; index < cuts.length; index += 2) {
    parts.push(html.slice(from, cuts[index]));
    from = cuts[index + 1]!;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), elementCount, nestingWork };
}

/** htmlparser2's Parser with stacks that stay linear in the depth (Parser's own are quadratic, see top-first-stack.ts). */
class LinearParser extends Parser {
  constructor(handler: Partial<Handler>) {
    super(handler, { decodeEntities: false });
    const internals = this as unknown as { stack: unknown; foreignContext: unknown };
    internals.stack = new TopFirstStack<string>();
    internals.foreignContext = new TopFirstStack<boolean>([false]);
  }

  /** Whether an element has no content and no end tag (img, br), by Parser's own list. */
  isVoid(name: string): boolean {
    return this.isVoidElement(name);
  }
}
