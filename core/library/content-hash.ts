import { createHash } from 'node:crypto';

/** SHA-256 (hex) of an article's canonical text, to recognise the same article imported twice. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
