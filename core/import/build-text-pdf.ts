import { createHash } from 'node:crypto';

/** What buildTextPdf writes: pages of text lines, an optional title, an optional user password. */
export interface TextPdfSpec {
  /** Each page's lines, drawn top-down in 12 pt Helvetica; a line of '' leaves a blank line. */
  pages: ReadonlyArray<readonly string[]>;
  title?: string;
  /** Encrypts the file (RC4 40-bit, the PDF 1.1 standard handler) so that it needs this password. */
  userPassword?: string;
}

// The standard security handler's padding string (PDF 1.7, 7.6.3.3).
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const FILE_ID = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const PERMISSIONS = -44;

/**
 * Writes a small valid PDF with a text layer (for tests and the import benchmark: pdf.js reads
 * PDFs but cannot write them). Only Latin-1 text; Helvetica is a standard font, so nothing is embedded.
 */
export function buildTextPdf(spec: TextPdfSpec): Uint8Array {
  const objects: Buffer[] = [];
  const pageCount = spec.pages.length;
  const firstPage = 4;
  const key = spec.userPassword === undefined ? null : fileKey(spec.userPassword);
  const encrypt = (number: number, data: Buffer): Buffer => (key === null ? data : rc4(objectKey(key, number), data));
  objects[1] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = Buffer.from(`<< /Type /Pages /Count ${pageCount} /Kids [${spec.pages.map((_, index) => `${firstPage + index * 2} 0 R`).join(' ')}] >>`);
  objects[3] = Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  spec.pages.forEach((lines, index) => {
    const pageNumber = firstPage + index * 2;
    const stream = encrypt(pageNumber + 1, Buffer.from(`BT /F1 12 Tf 14 TL 72 740 Td ${lines.map((line) => `(${escapePdfString(line)}) Tj T*`).join(' ')} ET`, 'latin1'));
    objects[pageNumber] = Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`);
    objects[pageNumber + 1] = Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]);
  });
  let infoNumber: number | null = null;
  if (spec.title !== undefined) {
    infoNumber = objects.length;
    objects[infoNumber] = Buffer.from(`<< /Title <${encrypt(infoNumber, Buffer.from(spec.title, 'latin1')).toString('hex')}> >>`);
  }
  let encryptNumber: number | null = null;
  if (spec.userPassword !== undefined) {
    encryptNumber = objects.length;
    objects[encryptNumber] = Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${ownerEntry(spec.userPassword).toString('hex')}> /U <${rc4(key!, PAD).toString('hex')}> /P ${PERMISSIONS} >>`);
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  for (let number = 1; number < objects.length; number += 1) {
    offsets[number] = length;
    const part = Buffer.concat([Buffer.from(`${number} 0 obj\n`), objects[number]!, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  }
  const xref = ['xref', `0 ${objects.length}`, '0000000000 65535 f ', ...offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  const trailerEntries = [`/Size ${objects.length}`, '/Root 1 0 R', infoNumber === null ? '' : `/Info ${infoNumber} 0 R`, encryptNumber === null ? '' : `/Encrypt ${encryptNumber} 0 R`, `/ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>]`];
  parts.push(Buffer.from(`${xref}\ntrailer\n<< ${trailerEntries.filter(Boolean).join(' ')} >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
}

/** The owner entry for an owner password equal to the user password (Algorithm 3, revision 2). */
function ownerEntry(password: string): Buffer {
  return rc4(createHash('md5').update(padded(password)).digest().subarray(0, 5), padded(password));
}

/** The file's 40-bit key (Algorithm 2, revision 2). */
function fileKey(password: string): Buffer {
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(PERMISSIONS);
  return createHash('md5').update(Buffer.concat([padded(password), ownerEntry(password), permissions, FILE_ID])).digest().subarray(0, 5);
}

function objectKey(key: Buffer, number: number): Buffer {
  const suffix = Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, 0, 0]);
  return createHash('md5').update(Buffer.concat([key, suffix])).digest().subarray(0, key.length + 5);
}

/** RC4, written out: OpenSSL 3 no longer offers it by default. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}
