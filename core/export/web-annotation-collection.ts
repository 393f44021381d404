import type { ArticleWithHighlights } from '../api/contract.js';
import type { Highlight } from '../model/highlight.js';
import { colorMeaning } from './color-meaning.js';
import { DEFAULT_COLOR_LEGEND, type ColorMeaning } from '../model/color-legend.js';
import { readHighlightExtras } from './highlight-extras.js';
import { WEB_ANNOTATION_CONTEXT } from './web-annotation-context.js';

/** A body of an annotation: its text, with why it is there (W3C `purpose`). */
interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'tagging' | 'commenting';
  language?: string;
}

/** One highlight as a W3C Web Annotation (with the extension terms of WEB_ANNOTATION_CONTEXT). */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  [extension: `rn:${string}`]: unknown;
}

/** Highlights as a W3C AnnotationCollection with all its annotations in one embedded page. */
export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The highlights of some articles as a W3C Web Annotation collection (JSON-LD): targets carry a
 * TextQuoteSelector and a TextPositionSelector; tags are `tagging` bodies, the note a
 * `commenting` body; claimant, claim fields, grading, color meaning and page use the documented
 * `rn:` extension. `id` names the collection (an IRI).
 */
export function formatWebAnnotationCollection(
  articles: readonly ArticleWithHighlights[],
  options: { id: string; label: string; legend?: readonly ColorMeaning[] | undefined },
): WebAnnotationCollection {
  const items = articles.flatMap(({ article, highlights }) =>
    highlights.map((highlight) => toAnnotation(highlight, article, options.legend ?? DEFAULT_COLOR_LEGEND)),
  );
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    first: { id: `${options.id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function toAnnotation(highlight: Highlight, article: ArticleWithHighlights['article'], legend: readonly ColorMeaning[]): WebAnnotation {
  const extras = readHighlightExtras(highlight);
  const language = article.lang ?? undefined;
  const bodies: TextualBody[] = highlight.tags.map((tag) => ({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' }));
  if (highlight.note.trim() !== '') {
    bodies.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting', ...(language ? { language } : {}) });
  }
  const { quote, position } = highlight.target;
  const annotation: WebAnnotation = {
    id: highlightIri(highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    target: {
      // Only an absolute web address identifies the page; anything else would be a relative IRI.
      source: article.url && /^https?:\/\//i.test(article.url) ? article.url : `urn:research-notes:article:${encodeURIComponent(article.id)}`,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'rn:articleId': article.id,
    'rn:articleTitle': article.title,
    'rn:color': highlight.color,
    'rn:colorMeaning': colorMeaning(highlight.color, legend),
  };
  // The evidence the quote can be checked against: the original as received, and the canonical text.
  if (article.originalSha256) annotation['rn:originalSha256'] = article.originalSha256;
  annotation['rn:textSha256'] = article.contentHash;
  if (article.capturedAt) annotation['rn:captured'] = article.capturedAt;
  if (bodies.length > 0) annotation.body = bodies;
  if (highlight.claimant.trim() !== '') annotation['rn:claimant'] = highlight.claimant;
  if (highlight.claim) annotation['rn:claim'] = highlight.claim;
  if (extras.grading !== '') annotation['rn:grading'] = extras.grading;
  if (extras.page !== null) annotation['rn:page'] = extras.page;
  if (highlight.orphaned === true) annotation['rn:orphaned'] = true;
  if (extras.related.length > 0) annotation['rn:related'] = extras.related.map(({ label, other }) => ({ relation: label, id: highlightIri(other.highlightId) }));
  return annotation;
}

function highlightIri(id: string): string {
  return `urn:research-notes:highlight:${encodeURIComponent(id)}`;
}
