import { imageMediaType } from './image-media-type.js';
import { parseHtmlDocument } from './parse-html-document.js';

/** Largest local picture embedded (bytes): a saved page's photos are rarely above 2 MB. */
export const MAX_LOCAL_IMAGE_BYTES = 5 * 1024 * 1024;
/** Most bytes of local pictures embedded in one article, so that a gallery page stays storable. */
export const MAX_LOCAL_IMAGES_TOTAL_BYTES = 30 * 1024 * 1024;

/**
 * Replaces the relative image addresses of a saved web page ("Page_files/photo.jpg") with data:
 * URLs read through `readResource`, so that the article keeps them offline. Only raster images
 * (checked by their bytes, not their names) within the size caps are embedded; remote images are
 * left as they are (the sanitiser turns them into placeholders) and nothing is ever fetched.
 */
export async function embedLocalImages(html: string, readResource: (relativePath: string) => Promise<Uint8Array | null>): Promise<string> {
  if (!/<img\b/i.test(html)) return html;
  const document = parseHtmlDocument(html);
  let total = 0;
  let changed = false;
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const src = (image.getAttribute?.('src') ?? '').trim();
    // Remote, protocol-relative, already embedded, or some other scheme: not a file next to the page.
    if (src === '' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue;
    let relativePath: string;
    try {
      relativePath = decodeURIComponent(src.split(/[?#]/)[0]!);
    } catch {
      continue;
    }
    const bytes = await readResource(relativePath).catch(() => null);
    const mediaType = bytes === null ? null : imageMediaType(bytes);
    if (bytes === null || mediaType === null || bytes.byteLength > MAX_LOCAL_IMAGE_BYTES || total + bytes.byteLength > MAX_LOCAL_IMAGES_TOTAL_BYTES) continue;
    total += bytes.byteLength;
    (image as unknown as { setAttribute(name: string, value: string): void }).setAttribute('src', `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`);
    changed = true;
  }
  return changed ? (document as unknown as { toString(): string }).toString() : html;
}
