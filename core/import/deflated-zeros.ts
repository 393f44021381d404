import zlib from 'node:zlib';

const MB = 1024 * 1024;

/** Deflated bytes that inflate to `megabytes` MB of zeros, made without ever holding them: one megabyte's block, repeated (its matches only reach back into zeros). */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const megabyte = async (): Promise<Buffer> => {
    deflater.write(Buffer.alloc(MB));
    await new Promise<void>((resolve) => deflater.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()));
    return Buffer.concat(chunks.splice(0));
  };
  const first = await megabyte();
  const next = await megabyte();
  deflater.close();
  // 03 00: an empty final block, after the byte-aligned sync flushes.
  return Buffer.concat([first, ...Array<Buffer>(megabytes - 1).fill(next), Buffer.from([0x03, 0x00])]);
}
