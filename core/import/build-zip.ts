import zlib from 'node:zlib';

/** One entry of buildZip: its content, or (for crafted archives) deflated bytes with the sizes to announce. */
export type ZipEntrySpec =
  | { name: string; content: Uint8Array | string }
  | { name: string; deflated: Uint8Array; announcedSize: number; crc: number };

/**
 * Writes a zip archive, deflating each entry, or taking crafted deflated bytes with whatever
 * size and CRC the caller wants the directory to announce (for tests of zip bombs; nothing in
 * the application writes zips but the clipper build, clipper/build-clipper.ts). No zip64: every size and offset must fit in 32 bits.
 */
export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let deflated: Buffer;
    let size: number;
    let crc: number;
    if ('content' in entry) {
      const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
      deflated = zlib.deflateRawSync(content);
      size = content.byteLength;
      crc = zlib.crc32(content);
    } else {
      deflated = Buffer.from(entry.deflated);
      size = entry.announcedSize;
      crc = entry.crc;
    }
    const fields = (header: Buffer, at: number): void => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x800, at + 2); // UTF-8 names
      header.writeUInt16LE(8, at + 4); // deflated
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc >>> 0, at + 10);
      header.writeUInt32LE(deflated.byteLength, at + 14);
      header.writeUInt32LE(size >>> 0, at + 18);
      header.writeUInt16LE(name.byteLength, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    parts.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.byteLength + name.byteLength + deflated.byteLength;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}
