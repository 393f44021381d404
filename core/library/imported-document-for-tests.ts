import type { DocNode } from '../document/doc-node.js';
import { docToText } from '../document/doc-text.js';
import type { ImportedDocument } from '../import/imported-document.js';

/** An ImportedDocument built from paragraphs, for tests that store articles without running an importer. */
export function importedDocumentForTests(title: string, paragraphs: readonly string[]): ImportedDocument {
  const doc: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
      ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ],
  };
  return {
    title,
    byline: null,
    siteName: null,
    url: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    source: `${title}.txt`,
    text: docToText(doc),
    doc,
  };
}
