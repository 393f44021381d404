import type { FileHandle } from 'node:fs/promises';

/**
 * Writes every byte of `bytes` at the handle's position (its end, for a file opened to append). A
 * single write may write fewer bytes than asked (a disk that fills up mid-write); the rest is
 * written again, and a write that makes no progress fails: a short write is never success.
 */
export async function writeFully(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) {
      const error = new Error(`only ${offset} of ${bytes.length} bytes could be written (is the disk full?)`) as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    }
    offset += bytesWritten;
  }
}
