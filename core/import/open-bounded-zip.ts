import zlib from 'node:zlib';
import { ImportLimitError } from './import-limit-error.js';

/** How much a zip may make its reader inflate. */
export interface ZipLimits {
  /** Most entries its directory may list. */
  maxEntries: number;
  /** Largest size one entry may inflate to (bytes). */
  maxEntryBytes: number;
  /** Most bytes its directory may announce in all, and most bytes all reads together may inflate. */
  maxTotalBytes: number;
}

/** A zip archive opened for reading, as mammoth reads a .docx (its `file` input: exists and read). */
export interface BoundedZip {
  exists(name: string): boolean;
  /** An entry's bytes, or its text when an encoding is given ('base64', or a TextDecoder label). */
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

/** An entry that is too large for the limits: its name, so that a picture can be left out alone. */
export class ZipEntryTooLargeError extends ImportLimitError {
  constructor(
    readonly entryName: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'ZipEntryTooLargeError';
  }
}

interface Entry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Opens a zip with its inflation bounded before anything is decoded: the central directory's
 * sizes are read first (too many entries, or more bytes announced than maxTotalBytes, fails at
 * once), and each read inflates at most the size the directory gives for its entry (a zip bomb
 * that announces small sizes is damaged, not obeyed) and counts against maxTotalBytes, so that
 * reading one picture a thousand times is bounded too. Throws ImportLimitError beyond a limit
 * (ZipEntryTooLargeError for one entry), and Error for a damaged archive.
 */
export function openBoundedZip(bytes: Uint8Array, limits: ZipLimits): BoundedZip {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(data, limits);
  let inflated = 0;
  const inflate = (name: string): Buffer => {
    const entry = entries.get(name);
    if (entry === undefined) throw new Error(`the archive has no entry ${name}`);
    if (entry.size > limits.maxEntryBytes) throw new ZipEntryTooLargeError(name, `its part ${name} would inflate to ${megabytes(entry.size)}, more than the ${megabytes(limits.maxEntryBytes)} one part may have`);
    if (inflated + entry.size > limits.maxTotalBytes) throw new ImportLimitError(`reading it would inflate more than the ${megabytes(limits.maxTotalBytes)} a Word document may hold`);
    const content = entryContent(data, name, entry);
    inflated += content.byteLength;
    return content;
  };
  return {
    exists: (name) => entries.has(name),
    read: async (name, encoding) => {
      const content = inflate(name);
      if (encoding === undefined) return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
      return encoding === 'base64' ? content.toString('base64') : new TextDecoder(encoding).decode(content);
    },
  };
}

function readDirectory(data: Buffer, limits: ZipLimits): Map<string, Entry> {
  const end = findEndOfDirectory(data);
  let count = data.readUInt16LE(end + 10);
  let directorySize = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) ({ count, directorySize, offset } = readZip64End(data, end));
  if (count > limits.maxEntries) throw new ImportLimitError(`its archive lists ${count.toLocaleString('en')} parts, more than the ${limits.maxEntries.toLocaleString('en')} a Word document may have`);
  if (offset + directorySize > data.byteLength) throw new Error('the zip directory lies outside the file');
  const entries = new Map<string, Entry>();
  let announced = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > data.byteLength || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new Error('the zip directory is damaged');
    const flags = data.readUInt16LE(offset + 8);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const name = data.toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    if (flags & 0x1) throw new Error(`its part ${name} is encrypted`);
    const entry: Entry = {
      method: data.readUInt16LE(offset + 10),
      crc: data.readUInt32LE(offset + 16),
      compressedSize: data.readUInt32LE(offset + 20),
      size: data.readUInt32LE(offset + 24),
      localHeaderOffset: data.readUInt32LE(offset + 42),
    };
    readZip64Sizes(data.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), entry);
    announced += entry.size;
    if (announced > limits.maxTotalBytes) throw new ImportLimitError(`its parts would inflate to more than the ${megabytes(limits.maxTotalBytes)} a Word document may hold`);
    // The first of two entries with one name wins, as in the directory order readers use.
    if (!entries.has(name)) entries.set(name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(data: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  for (let position = data.byteLength - 22; position >= Math.max(0, data.byteLength - 22 - 0xffff); position -= 1) {
    if (data.readUInt32LE(position) === END_OF_DIRECTORY) return position;
  }
  throw new Error('it is not a zip archive');
}

function readZip64End(data: Buffer, end: number): { count: number; directorySize: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_END_LOCATOR) throw new Error('the zip directory is damaged');
  const record = Number(data.readBigUInt64LE(locator + 8));
  if (record + 56 > data.byteLength || data.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) throw new Error('the zip directory is damaged');
  return { count: Number(data.readBigUInt64LE(record + 32)), directorySize: Number(data.readBigUInt64LE(record + 40)), offset: Number(data.readBigUInt64LE(record + 48)) };
}

/** Replaces the 32-bit fields set to 0xFFFFFFFF by the 64-bit values of the entry's zip64 extra field. */
function readZip64Sizes(extra: Buffer, entry: Entry): void {
  for (let position = 0; position + 4 <= extra.byteLength; ) {
    const id = extra.readUInt16LE(position);
    const length = extra.readUInt16LE(position + 2);
    if (id === 0x0001) {
      let field = position + 4;
      for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > position + 4 + length) throw new Error('a zip64 field is damaged');
        entry[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    position += 4 + length;
  }
}

function entryContent(data: Buffer, name: string, entry: Entry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > data.byteLength || data.readUInt32LE(header) !== LOCAL_HEADER) throw new Error(`its part ${name} is damaged`);
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  if (start + entry.compressedSize > data.byteLength) throw new Error(`its part ${name} is cut short`);
  const compressed = data.subarray(start, start + entry.compressedSize);
  let content: Buffer;
  if (entry.method === STORED) content = compressed;
  else if (entry.method === DEFLATED) {
    try {
      // Never more than the directory announced (and checked): the count is kept while inflating.
      content = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`its part ${name} inflates to more than the ${megabytes(entry.size)} its zip directory states`, { cause: error });
      throw new Error(`its part ${name} is damaged`, { cause: error });
    }
  } else throw new Error(`its part ${name} uses an unknown compression method`);
  if (content.byteLength !== entry.size || zlib.crc32(content) !== entry.crc) throw new Error(`its part ${name} is damaged`);
  return content;
}

/** "1 KB", "64 MB", "3.0 GB". */
function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  if (value < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return value >= 1024 ? `${(value / 1024).toFixed(1)} GB` : `${Math.round(value)} MB`;
}
