import { describe, expect, it } from 'vitest';
import { buildPictureDocx as docx } from './build-picture-docx.js';
import { buildZip } from './build-zip.js';
import { deflatedZeros } from './deflated-zeros.js';
import { DOCX_ZIP_LIMITS, MAX_EMBEDDED_IMAGES_TOTAL_BYTES } from './import-docx.js';
import { importChecked, importFailure } from './import-test-helpers.js';

// Word documents crafted to hurt, generated here: zip bombs whose pictures inflate to gigabytes.
const MB = 1024 * 1024;

/** How much more memory outside the JavaScript heap (buffers) the process holds after `run` than before. */
async function bufferGrowth(run: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 5);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().arrayBuffers) - before;
}

describe('importDocument: Word documents with a budget', () => {
  it('refuses a picture that inflates to 3 GB, as the zip directory says, before inflating anything', async () => {
    const bytes = docx({ name: 'word/media/image1.png', deflated: await deflatedZeros(3 * 1024), announcedSize: 3 * 1024 * MB, crc: 0 });
    let error: Error | undefined;
    const growth = await bufferGrowth(async () => (error = await importFailure({ bytes, fileName: 'bomb.docx' })));
    expect(error).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: 'Cannot import the file "bomb.docx": its parts would inflate to more than the 256 MB a Word document may hold. Save the part you need as a smaller file.' });
    expect(growth).toBeLessThan(100 * MB);
  }, 120_000);

  it('stops inflating a picture that claims 1 KB and inflates to 3 GB at the size it claims, and imports the text', async () => {
    const bytes = docx({ name: 'word/media/image1.png', deflated: await deflatedZeros(3 * 1024), announcedSize: 1024, crc: 0 });
    let text = '';
    const growth = await bufferGrowth(async () => (text = (await importChecked({ bytes, fileName: 'liar.docx' })).text));
    // mammoth reports a picture it cannot read as a warning and goes on without it.
    expect(text).toBe('A report with pictures.');
    expect(growth).toBeLessThan(100 * MB);
  }, 120_000);

  it(`embeds pictures up to ${MAX_EMBEDDED_IMAGES_TOTAL_BYTES / MB} MB in all, and reads no more: one 4 MB picture shown 100 times`, async () => {
    const picture = Buffer.alloc(4 * MB, 7);
    const result = await importChecked({ bytes: docx({ name: 'word/media/image1.png', content: picture }, 100), fileName: 'repeated.docx' });
    const images = result.doc.content!.filter((block) => block.type === 'image');
    // The pictures past the budget stay as images without a source: the reader's placeholder.
    expect(images.filter((image) => image.attrs?.src)).toHaveLength(MAX_EMBEDDED_IMAGES_TOTAL_BYTES / (4 * MB));
    expect(images.filter((image) => !image.attrs?.src)).toHaveLength(100 - MAX_EMBEDDED_IMAGES_TOTAL_BYTES / (4 * MB));
    expect(result.text).toContain('A report with pictures.');
  }, 120_000);

  it(`leaves out a picture larger than the ${DOCX_ZIP_LIMITS.maxEntryBytes / MB} MB a part may have, unread, and imports the text`, async () => {
    const bytes = docx({ name: 'word/media/image1.png', deflated: await deflatedZeros(100), announcedSize: 100 * MB, crc: 0 });
    const result = await importChecked({ bytes, fileName: 'big-picture.docx' });
    expect(result.text).toBe('A report with pictures.');
    // Left out, it stands as an image without a source, which the reader draws as a placeholder.
    expect(result.doc.content!.filter((block) => block.type === 'image').map((image) => image.attrs)).toMatchObject([{ src: null, alt: 'A picture' }]);
  }, 120_000);

  it('refuses a text part larger than a part may have', async () => {
    const huge = { name: 'word/document.xml', deflated: await deflatedZeros(100), announcedSize: 100 * MB, crc: 0 };
    const bytes = buildZip([{ name: '_rels/.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' }, huge]);
    const error = await importFailure({ bytes, fileName: 'huge-text.docx' });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('its part word/document.xml would inflate to 100 MB, more than the 64 MB one part may have');
  }, 120_000);

  it(`refuses an archive of more than ${DOCX_ZIP_LIMITS.maxEntries.toLocaleString('en')} parts`, async () => {
    const parts = Array.from({ length: DOCX_ZIP_LIMITS.maxEntries + 1 }, (_, index) => ({ name: `word/media/extra${index}.bin`, content: '' }));
    const error = await importFailure({ bytes: docx({ name: 'word/media/image1.png', content: 'x' }, 1, parts), fileName: 'parts.docx' });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('its archive lists 10,006 parts, more than the 10,000');
  });
});
