import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import { z } from 'zod';
import { ApiError } from '../api/api-error.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

/** How long a pairing code shown in the app stays good. */
export const PAIRING_CODE_LIFETIME_MS = 5 * 60_000;
/** Wrong codes after which the code shown is void: a guesser gets 5 tries in a million, not the whole million. */
export const PAIRING_TRIES = 5;

/** A pairing code the app shows, for the user to type into the clipper. */
export interface PairingCode {
  code: string;
  expiresAt: string;
}

const pairedClipperSchema = z.object({
  id: z.string(),
  name: z.string(),
  pairedAt: z.string(),
  /** SHA-256 of the clipper's secret: the file alone does not let anyone send captures. */
  secretSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PairedClipper = z.infer<typeof pairedClipperSchema>;
const pairingsFileSchema = z.object({ clippers: z.array(pairedClipperSchema) });

/**
 * The clippers paired with this library, kept in `clippers.json` in its folder, and the one
 * pairing code on offer. A clipper proves it is paired with its secret; the code that paired it
 * is shown in the app only, so a web page or another extension cannot pair itself.
 */
export class ClipperPairings {
  private pending: { code: string; expiresAt: number; wrongTries: number } | null = null;

  private constructor(
    private readonly file: string,
    private clippers: PairedClipper[],
  ) {}

  /** Reads the pairings; a missing or unreadable file means none (each clipper pairs again, nothing else is lost). */
  static async open(file: string): Promise<ClipperPairings> {
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    let clippers: PairedClipper[] = [];
    if (text !== null) {
      try {
        clippers = pairingsFileSchema.parse(JSON.parse(text)).clippers;
      } catch {
        clippers = [];
      }
    }
    return new ClipperPairings(file, clippers);
  }

  /** A new six-digit code, replacing any code shown before. */
  startPairing(now = Date.now()): PairingCode {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.pending = { code, expiresAt: now + PAIRING_CODE_LIFETIME_MS, wrongTries: 0 };
    return { code, expiresAt: new Date(this.pending.expiresAt).toISOString() };
  }

  /** Pairs a clipper that gives the code on offer; its secret is returned once and stored only as a hash. */
  async pair(code: string, name: string, now = Date.now()): Promise<{ clipperId: string; secret: string }> {
    const pending = this.pending;
    if (pending === null || now > pending.expiresAt) {
      this.pending = null;
      throw new ApiError('PAIRING_REFUSED', 'No pairing code is on offer: in Research Notes, choose "Pair browser clipper" and type the code it shows.');
    }
    if (!sameText(code.trim(), pending.code)) {
      pending.wrongTries += 1;
      if (pending.wrongTries >= PAIRING_TRIES) this.pending = null;
      throw new ApiError('PAIRING_REFUSED', 'That is not the code Research Notes shows.');
    }
    this.pending = null;
    const secret = randomBytes(32).toString('hex');
    const clipper: PairedClipper = { id: randomBytes(8).toString('hex'), name: name.slice(0, 200), pairedAt: new Date(now).toISOString(), secretSha256: sha256(secret) };
    const clippers = [...this.clippers, clipper];
    await writeFileAtomic(this.file, `${JSON.stringify({ clippers }, null, 2)}\n`, { durable: true });
    this.clippers = clippers;
    return { clipperId: clipper.id, secret };
  }

  /** The paired clipper whose secret this is, or null. */
  clipperWithSecret(secret: string): PairedClipper | null {
    const hash = sha256(secret);
    return this.clippers.find((clipper) => sameText(clipper.secretSha256, hash)) ?? null;
  }

  /** Whether a pairing code is on offer now. */
  isPairing(now = Date.now()): boolean {
    return this.pending !== null && now <= this.pending.expiresAt;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sameText(candidate: string, expected: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
