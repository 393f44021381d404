import sanitizeHtml from 'sanitize-html';
import { boundHtml } from './bound-html.js';
import { isSafeImageSource } from './is-safe-image-source.js';

/*
 * An allow-list of what html-to-doc can represent, plus the containers it reads through. Anything
 * active (script, style, iframe, object, embed, form controls, svg, math, meta, base, link) is not
 * on it; of the attributes only plain data survive, never event handlers, style or class.
 */
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'br',
  'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'details', 'summary',
  'dl', 'dt', 'dd', 'center', 'a', 'b', 'strong', 'i', 'em', 'cite', 'dfn', 'var', 'u', 'ins', 's',
  'strike', 'del', 'code', 'kbd', 'samp', 'tt', 'span', 'sub', 'sup', 'small', 'big', 'mark', 'abbr',
  'q', 'time', 'font', 'bdi', 'bdo', 'wbr',
];

/** Elements whose content is dropped along with them: code, styling, embedded objects, form controls. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'source', 'track', 'map', 'textarea', 'select',
  'option', 'button', 'input', 'head', 'title', 'meta', 'link', 'base',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title'],
    // Size and role say whether an image is decoration; data-rn-source keeps a remote address for the
    // import to fetch (resolve-page-images.ts), never for the reader to load.
    img: ['src', 'alt', 'title', 'width', 'height', 'role', 'data-rn-source'],
    ol: ['start'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  // Relative links pass (html-to-doc resolves them and checks the scheme again).
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // An imported page must never load anything: keep an image's words, not its remote address.
    img: (tagName, attribs) => {
      const { src, 'data-rn-source': _given, ...rest } = attribs;
      if (src !== undefined && isSafeImageSource(src)) return { tagName, attribs: { ...rest, src } };
      return { tagName, attribs: src ? { ...rest, 'data-rn-source': src } : rest };
    },
  },
};

/**
 * Reduces untrusted HTML to inert markup: structure, text, safe links and embedded images only.
 * sanitize-html parses with htmlparser2, which is quadratic in the nesting depth: the markup is
 * bounded first (bound-html.ts), as for every DOM the importer builds.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(boundHtml(html).html, OPTIONS);
}
