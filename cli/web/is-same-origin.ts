/**
 * Whether a request's Origin (sent by browsers on POSTs) is the page the shell served: a missing
 * Origin is allowed (non-browser clients), any other site is not. `host` has been checked already.
 */
export function isSameOrigin(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin === `http://${host}`;
}
