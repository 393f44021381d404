import path from 'node:path';

/** The repository's root folder, wherever a test runs from. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The test corpora, kept inside the repository (each with its licence) so that a bare clone runs
 * its own tests: the seed article, real saved web pages and real PDFs and Word files.
 */
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');

/** The article the project was started from (plain text with two photo captions). */
export const SEED_ARTICLE = path.join(FIXTURES, 'seed-article.txt');

/** Real saved web pages, one folder each (source.html, expected.html, expected-metadata.json). */
export const WEB_PAGES = path.join(FIXTURES, 'web-pages');

/** Real PDFs and Word files: ordinary, damaged, encrypted and hostile ones. */
export const DOCUMENTS = path.join(FIXTURES, 'documents');
