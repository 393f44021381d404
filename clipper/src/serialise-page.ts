import type { InlinedResources, PageSnapshot } from './page-snapshot.js';

/**
 * Runs in the page (chrome.scripting.executeScript): the DOM as rendered after its scripts ran,
 * as SingleFile keeps it. Scripts, frames, plug-ins and event handlers are dropped; images and
 * stylesheets come inline from `inlined` (what the background could fetch), links absolute.
 * The reader's selection is kept with some text either side to find it again. Self-contained,
 * since the browser runs only this function's source.
 */
export function serialisePage(inlined: InlinedResources): PageSnapshot {
  const CONTEXT = 64;
  let selection: PageSnapshot['selection'] = null;
  const selected = window.getSelection();
  if (selected && !selected.isCollapsed && selected.rangeCount > 0 && selected.toString().trim() !== '') {
    const range = selected.getRangeAt(0);
    const before = document.createRange();
    before.selectNodeContents(document.body);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.selectNodeContents(document.body);
    after.setStart(range.endContainer, range.endOffset);
    const squeeze = (text: string): string => text.replace(/\s+/g, ' ');
    selection = { exact: squeeze(selected.toString()).trim(), prefix: squeeze(before.toString()).slice(-CONTEXT), suffix: squeeze(after.toString()).slice(0, CONTEXT) };
  }
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  // The clone's images are in the same order as the page's, whose currentSrc says which source of a srcset was shown.
  const pageImages = Array.from(document.images);
  Array.from(clone.querySelectorAll('img')).forEach((image, index) => {
    const shown = pageImages[index]?.currentSrc || pageImages[index]?.src || image.getAttribute('src') || '';
    image.setAttribute('src', inlined.images[shown] ?? shown);
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
    image.removeAttribute('loading');
  });
  for (const link of Array.from(clone.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]'))) {
    const css = inlined.styles[link.href];
    if (css === undefined) {
      link.remove();
      continue;
    }
    const style = document.createElement('style');
    style.textContent = css;
    link.replaceWith(style);
  }
  for (const element of Array.from(clone.querySelectorAll('script, noscript, iframe, frame, object, embed, base, picture > source, link[rel~="preload"], link[rel~="prefetch"], link[rel~="modulepreload"], meta[http-equiv]'))) {
    element.remove();
  }
  for (const element of Array.from(clone.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction') && /^\s*javascript:/i.test(attribute.value))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
  for (const anchor of Array.from(clone.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    // Resolved against the page's address while the clone still has it (it has no base of its own).
    anchor.setAttribute('href', new URL(anchor.getAttribute('href') ?? '', document.baseURI).href);
  }
  const head = clone.querySelector('head');
  if (head) {
    const charset = document.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    head.prepend(charset);
    for (const old of Array.from(head.querySelectorAll('meta[charset]')).slice(1)) old.remove();
  }
  return { url: location.href, title: document.title, html: `<!DOCTYPE html>\n${clone.outerHTML}`, selection };
}
