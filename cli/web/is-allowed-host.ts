/**
 * The DNS-rebinding guard: a page from another site that rebinds its name to 127.0.0.1 still sends
 * its own name in Host, so only our loopback names with our port are served.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
