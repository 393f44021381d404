import type { Session } from 'electron';
import { CAPTURED_SCHEME } from '../core/model/captured-page-address.js';

/**
 * Adds the app's Content-Security-Policy as a response header to everything the session loads,
 * on top of the <meta> tag in renderer/index.html (which this must match; a test checks it).
 * The header also carries what a <meta> policy cannot: frame-ancestors. Policies add up, so a
 * page's own policy can only make this stricter. The policy is a literal here so that the
 * electronegativity scan reads and evaluates it (CSP_JS_CHECK, CSP_GLOBAL_CHECK).
 */
export function deliverContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // A page shown as captured carries its own, stricter policy (sandbox, no fetch at all).
    if (details.url.startsWith(`${CAPTURED_SCHEME}:`)) {
      callback({});
      return;
    }
    callback({
      // Accepted: the scan's CSP_GLOBAL_CHECK flags script-src 'self' ("problematic if you host JSONP, Angular or user uploaded files"). We host none: imported articles are sanitised JSON shown as editor nodes, never served as files; deliver-content-security-policy.test.ts checks the policy's strictness instead.
      responseHeaders: { // eng-disable CSP_GLOBAL_CHECK
        ...details.responseHeaders,
        'Content-Security-Policy': ["default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src rn-captured:; frame-ancestors 'none'"],
      },
    });
  });
}
