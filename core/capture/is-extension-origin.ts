/**
 * Whether a request's Origin is a browser extension's. A web page cannot send such an Origin (the
 * browser sets it), so this alone keeps every page from reaching the listener; the clipper's
 * secret then keeps out the other extensions.
 */
export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && /^(chrome-extension|moz-extension):\/\/[a-z0-9-]{1,64}$/i.test(origin);
}
