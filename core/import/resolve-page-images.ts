import type { DocNode } from '../document/doc-node.js';
import { MAX_LOCAL_IMAGE_BYTES, MAX_LOCAL_IMAGES_TOTAL_BYTES } from './embed-local-images.js';
import { imageDimensions } from './image-dimensions.js';
import { imageMediaType } from './image-media-type.js';
import { isDecorativeImage } from './is-decorative-image.js';

/** Most images of one page fetched: an article's figures, not a gallery's hundreds. */
export const MAX_FETCHED_IMAGES = 40;
/** Images fetched at once. */
const PARALLEL_FETCHES = 4;

/** How a page's images that are not in it are had: fetched along with it (a URL import), or not at all. */
export interface PageImageOptions {
  /** The bytes at an http(s) address, or null when they could not be had; absent: nothing is fetched. */
  fetchImage?: ((url: string) => Promise<Uint8Array | null>) | undefined;
  /** The page's own address: relative image addresses resolve against it. */
  pageUrl: string | null;
}

/** An image node as html-to-doc leaves it: embedded (a data: source), or standing in for one it could not embed. */
interface FoundImage {
  node: DocNode;
  /** The address it had in the page, for a stand-in (never shown, never kept). */
  source: string | null;
}

/**
 * The last step of a web page's images: an embedded one that is only decoration by its size is
 * left out; a stand-in (an image the page showed but did not carry) is fetched when the page was
 * fetched (within the size caps, raster only) and embedded, left out when it turns out decorative,
 * or kept as a clear "image not available" placeholder. Nothing of a remote address stays in the
 * document, so reading an article never touches the network.
 */
export async function resolvePageImages(doc: DocNode, options: PageImageOptions): Promise<DocNode> {
  const found: FoundImage[] = [];
  const collect = (node: DocNode): void => {
    if (node.type === 'image') found.push({ node, source: typeof node.attrs?.['source'] === 'string' ? (node.attrs['source'] as string) : null });
    for (const child of node.content ?? []) collect(child);
  };
  collect(doc);
  if (found.length === 0) return doc;

  let total = 0;
  const decorative = new Set<DocNode>();
  const embedded = new Map<DocNode, string>();
  for (const image of found) {
    const src = image.node.attrs?.['src'];
    if (typeof src !== 'string') continue;
    const bytes = decodeDataUrl(src);
    total += bytes?.byteLength ?? 0;
    if (isDecorativeImage(factsOf(image, bytes))) decorative.add(image.node);
  }
  const wanted = found.filter((image) => typeof image.node.attrs?.['src'] !== 'string' && !isDecorativeImage(factsOf(image, null)));
  for (const image of found) if (typeof image.node.attrs?.['src'] !== 'string' && !wanted.includes(image)) decorative.add(image.node);
  const { fetchImage } = options;
  if (fetchImage) {
    const queue = wanted.slice(0, MAX_FETCHED_IMAGES).flatMap((image) => {
      const url = absoluteHttpUrl(image.source, options.pageUrl);
      return url === null ? [] : [{ image, url }];
    });
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const bytes = await fetchImage(next.url).catch(() => null);
        const mediaType = bytes === null ? null : imageMediaType(bytes);
        if (bytes === null || mediaType === null || bytes.byteLength > MAX_LOCAL_IMAGE_BYTES || total + bytes.byteLength > MAX_LOCAL_IMAGES_TOTAL_BYTES) continue;
        if (isDecorativeImage(factsOf(next.image, bytes))) {
          decorative.add(next.image.node);
          continue;
        }
        total += bytes.byteLength;
        embedded.set(next.image.node, `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  }
  return rebuild(doc, (node) => {
    if (decorative.has(node)) return null;
    const src = embedded.get(node) ?? (typeof node.attrs?.['src'] === 'string' ? (node.attrs['src'] as string) : null);
    return { type: 'image', attrs: { src, alt: node.attrs?.['alt'] ?? null, title: node.attrs?.['title'] ?? null } };
  });
}

function factsOf(image: FoundImage, bytes: Uint8Array | null) {
  const attrs = image.node.attrs ?? {};
  const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  return {
    alt: typeof attrs['alt'] === 'string' ? attrs['alt'] : null,
    source: image.source,
    declared: { width: number(attrs['width']), height: number(attrs['height']) },
    intrinsic: bytes === null ? null : imageDimensions(bytes),
    role: typeof attrs['role'] === 'string' ? attrs['role'] : null,
  };
}

/** The document with each image replaced (or removed, for null); a container left empty by a removal follows its content rules. */
function rebuild(node: DocNode, replace: (image: DocNode) => DocNode | null): DocNode {
  if (!node.content) return node;
  const content = node.content.flatMap((child) => {
    if (child.type === 'image') {
      const replaced = replace(child);
      return replaced === null ? [] : [replaced];
    }
    const rebuilt = rebuild(child, replace);
    // A quote that held only a decorative image goes with it.
    return rebuilt.type === 'blockquote' && (rebuilt.content ?? []).length === 0 ? [] : [rebuilt];
  });
  // A table cell must hold a block.
  if ((node.type === 'tableCell' || node.type === 'tableHeader') && content.length === 0) return { ...node, content: [{ type: 'paragraph' }] };
  return { ...node, content };
}

function decodeDataUrl(src: string): Uint8Array | null {
  const comma = src.indexOf(',');
  if (!src.startsWith('data:') || comma < 0) return null;
  return new Uint8Array(Buffer.from(src.slice(comma + 1), 'base64'));
}

function absoluteHttpUrl(source: string | null, base: string | null): string | null {
  if (!source) return null;
  try {
    const url = base ? new URL(source, base) : new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
