/** A raster image's size in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The pixel size a raster image's header states (PNG, GIF, JPEG, WebP, BMP); null when the bytes
 * say nothing readable. Read from the first bytes only: the image is never decoded.
 */
export function imageDimensions(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (length: number): boolean => bytes.byteLength >= length;
  const ascii = (start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));
  // PNG: the IHDR chunk comes first, width and height big-endian.
  if (has(24) && bytes[0] === 0x89 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') return size(view.getUint32(16), view.getUint32(20));
  // GIF: the logical screen's width and height, little-endian.
  if (has(10) && ascii(0, 4) === 'GIF8') return size(view.getUint16(6, true), view.getUint16(8, true));
  // BMP: the info header's width and (possibly negative, top-down) height.
  if (has(26) && ascii(0, 2) === 'BM') return size(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)));
  if (has(30) && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk === 'VP8X') return size(1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16)), 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16)));
    return null;
  }
  // JPEG: the first start-of-frame marker (SOF0-SOF15 but DHT, JPG and DAC) holds the size.
  if (has(4) && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.byteLength) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return size(view.getUint16(offset + 7), view.getUint16(offset + 5));
      offset += 2 + view.getUint16(offset + 2);
    }
  }
  return null;
}

function size(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}
