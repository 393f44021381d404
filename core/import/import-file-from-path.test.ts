import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { importFileFromPath } from './import-file-from-path.js';
import { resourceReaderFor } from './resource-reader-for.js';
import { makePng } from '../../tests/support/make-png.js';

// A photo-sized picture: a 1x1 pixel would be left out as decoration.
const PNG = makePng(120, 80);

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rn-import-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function savedPage(images: string): string {
  return `<html><head><title>Saved page</title></head><body><article><h1>Saved page</h1><p>${'Words of the saved article. '.repeat(30)}</p><figure>${images}<figcaption>A caption</figcaption></figure><p>${'More words follow here. '.repeat(20)}</p></article></body></html>`;
}

describe('importFileFromPath: a saved complete web page', () => {
  it('embeds images from its _files folder and never those outside it or remote ones', async () => {
    const pageFolder = path.join(folder, 'site');
    fs.mkdirSync(path.join(pageFolder, 'Saved page_files'), { recursive: true });
    fs.writeFileSync(path.join(pageFolder, 'Saved page_files', 'photo one.png'), PNG);
    fs.writeFileSync(path.join(folder, 'secret.png'), PNG);
    fs.writeFileSync(path.join(pageFolder, 'Saved page_files', 'fake.png'), '<svg onload="alert(1)"/>');
    const html = savedPage(
      '<img src="Saved%20page_files/photo%20one.png" alt="kept"><img src="../secret.png" alt="outside"><img src="Saved page_files/fake.png" alt="not an image"><img src="https://example.com/remote.jpg" alt="Remote photo">',
    );
    fs.writeFileSync(path.join(pageFolder, 'Saved page.html'), html);
    const result = await importFileFromPath(path.join(pageFolder, 'Saved page.html'));
    const images = result.doc.content!.filter((block) => block.type === 'image');
    expect(images.filter((image) => image.attrs?.['src']).map((image) => image.attrs?.['alt'])).toEqual(['kept']);
    expect(String(images[0]!.attrs!['src'])).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    // What could not be had stands in as a placeholder (this was an "[Image: Remote photo]" line of text).
    expect(images.filter((image) => image.attrs?.['src'] === null).map((image) => image.attrs?.['alt'])).toEqual(['outside', 'not an image', 'Remote photo']);
    expect(result.text).not.toContain('Remote photo');
    expect(JSON.stringify(result.doc)).not.toMatch(/example\.com|secret|svg/);
    expect(result.source).toBe('Saved page.html');
    expect(result.original?.fileName).toBe('Saved page.html');
  });

  it('reads resources inside the folder only', async () => {
    fs.mkdirSync(path.join(folder, 'inner'));
    fs.writeFileSync(path.join(folder, 'inner', 'a.png'), PNG);
    fs.writeFileSync(path.join(folder, 'outside.png'), PNG);
    fs.symlinkSync(path.join(folder, 'outside.png'), path.join(folder, 'inner', 'link.png'));
    const read = resourceReaderFor(path.join(folder, 'inner'));
    expect(await read('a.png')).not.toBeNull();
    expect(await read('../outside.png')).toBeNull();
    expect(await read(path.join(folder, 'outside.png'))).toBeNull();
    expect(await read('link.png')).toBeNull();
    expect(await read('missing.png')).toBeNull();
  });

  it('fails clearly for a missing file', async () => {
    const error = await importFileFromPath(path.join(folder, 'nope.html')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/"nope\.html".*does not exist/);
  });

  it('keeps the original bytes and their SHA-256', async () => {
    const file = path.join(folder, 'note.txt');
    fs.writeFileSync(file, 'Title\n\nBody text.');
    const result = await importFileFromPath(file);
    expect(Buffer.from(result.original!.bytes).toString()).toBe('Title\n\nBody text.');
    const { createHash } = await import('node:crypto');
    expect(result.originalSha256).toBe(createHash('sha256').update('Title\n\nBody text.').digest('hex'));
  });
});
