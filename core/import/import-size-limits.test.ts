import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_BYTES, MAX_TEXT_BYTES } from './import-document.js';
import { importChecked, importFailure } from './import-test-helpers.js';

const PARAGRAPH = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>\n`;

/** A generated article page of about `megabytes` MB. */
function page(megabytes: number): Uint8Array {
  const body = PARAGRAPH.repeat(Math.ceil((megabytes * 1024 * 1024) / PARAGRAPH.length));
  return new TextEncoder().encode(`<html><head><title>Big page</title></head><body><article>${body}</article></body></html>`);
}

describe('importDocument: size limits', () => {
  it('rejects a 50 MB web page at once with IMPORT_TOO_LARGE, naming the file and the limit', async () => {
    const bytes = page(50);
    const before = process.memoryUsage().heapUsed;
    const error = await importFailure({ bytes, fileName: 'huge.html' });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(new RegExp(`"huge\\.html".*${MAX_MARKUP_BYTES / 1024 / 1024} MB a web page`));
    // Rejected before parsing: the heap did not grow by anything like the page's size.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('rejects pasted text beyond the text limit', async () => {
    const error = await importFailure({ content: 'x'.repeat(MAX_TEXT_BYTES + 1) });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
  });

  it('imports a 2 MB page', async () => {
    const result = await importChecked({ bytes: page(2), fileName: 'big.html' });
    expect(result.title).toBe('Big page');
    expect(result.text.length).toBeGreaterThan(1_500_000);
  }, 60_000);
});
