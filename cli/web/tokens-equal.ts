import { timingSafeEqual } from 'node:crypto';

/** Compares a presented token with the session's in constant time, so timing reveals nothing of it. */
export function tokensEqual(candidate: string, token: string): boolean {
  const presented = Buffer.from(candidate, 'utf8');
  const expected = Buffer.from(token, 'utf8');
  // timingSafeEqual needs equal lengths; the length of a fixed-size token is no secret.
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
