import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

// The page's only style, allowed by its hash: the policy permits no other inline style and no script.
const STYLE = [
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#fbfaf7;color:#24221f}',
  'main{max-width:36em;margin:12vh auto;padding:0 24px}',
  'h1{font-size:1.6rem;margin:0 0 12px}',
  'code{padding:1px 5px;border-radius:4px;background:#ece8df}',
  '@media (prefers-color-scheme:dark){body{background:#1b1c1e;color:#e6e3dc}code{background:#2c2d30}}',
].join('');
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Session ended – Research Notes</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Session ended</h1>
<p>This tab belongs to a Research Notes session that has ended: the web shell was stopped or restarted, and each start opens a new session with a new address.</p>
<p>To go on, open the address that <code>research-notes web</code> printed in its terminal when it started. It looks like <code>http://127.0.0.1:PORT/?token=…</code>; the token in it is the key to the new session.</p>
<p>Your library is safe: everything you saved is in it.</p>
</main>
</body>
</html>
`;

/**
 * Answers a browser's page request that has no valid session token (a tab left open across a
 * restart, or an address without its token) with a 403 page that says the session ended and how
 * to open the new one, instead of a bare "Forbidden".
 */
export function sendSessionEndedPage(response: ServerResponse, method: string | undefined): void {
  const body = Buffer.from(PAGE, 'utf8');
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'sha256-${STYLE_HASH}'`));
  response.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
  response.end(method === 'HEAD' ? undefined : body);
}

/** Whether a request is a browser asking for a page (it accepts HTML), rather than a script or a tool. */
export function wantsHtmlPage(accept: string | undefined): boolean {
  return /\btext\/html\b/i.test(accept ?? '');
}
