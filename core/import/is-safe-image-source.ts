/*
 * Raster images embedded in the page itself. SVG is left out: as a document it can carry script,
 * and an imported article has no need to take that risk.
 */
const SAFE_IMAGE_SOURCE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

/** Whether an image source can be shown without loading anything from the network or running code. */
export function isSafeImageSource(src: string): boolean {
  return SAFE_IMAGE_SOURCE.test(src.trim());
}
