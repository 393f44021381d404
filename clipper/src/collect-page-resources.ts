import type { PageResources } from './page-snapshot.js';

/**
 * Runs in the page (chrome.scripting.executeScript): the addresses of the images and stylesheets
 * it loaded. Self-contained, since the browser runs only this function's source.
 */
export function collectPageResources(): PageResources {
  const images = new Set<string>();
  for (const image of Array.from(document.images)) {
    const source = image.currentSrc || image.src;
    if (/^https?:/i.test(source)) images.add(source);
  }
  const styles = new Set<string>();
  for (const link of Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]'))) {
    if (/^https?:/i.test(link.href)) styles.add(link.href);
  }
  return { images: Array.from(images).slice(0, 500), styles: Array.from(styles).slice(0, 100) };
}
