import { importedDocumentForTests } from '../library/imported-document-for-tests.js';
import { openLibrary, type LibraryService } from '../library/library-service.js';

/** A library in `folder` with three articles (two with the same title) and highlights, for export tests. */
export async function exportFilesTestLibrary(folder: string): Promise<LibraryService> {
  const library = await openLibrary(folder);
  const texts = [
    ['Summit in Prague', ['Armen Khachatrian lambasted the CSTO for not providing any military aid.', 'Why is there no reaction? he asked.']],
    ['Summit in Prague', ['The CSTO secretary answered that talks go on.', '---\n# not a heading | [[not a link]] `code`']],
    ['CON', ['A title Windows reserves.', 'الكلمة العربية والنص']],
  ] as const;
  for (const [title, paragraphs] of texts) {
    const summary = await library.addImportedArticle(importedDocumentForTests(title, paragraphs));
    const { article } = await library.getArticle({ id: summary.id });
    for (const [index, paragraph] of paragraphs.entries()) {
      const start = article.text.indexOf(paragraph);
      await library.createHighlight({
        articleId: summary.id,
        target: {
          quote: { type: 'TextQuoteSelector', exact: paragraph, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + paragraph.length },
        },
        claimant: index === 0 ? 'Armen Khachatrian' : '',
        tags: index === 0 ? ['Actors/CSTO', 'military aid'] : ['other'],
        note: index === 0 ? 'A note\n# with a hash' : '',
        color: index === 0 ? 'green' : 'yellow',
      });
    }
  }
  return library;
}
