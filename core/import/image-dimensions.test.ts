import { describe, expect, it } from 'vitest';
import { makePng } from '../../tests/support/make-png.js';
import { imageDimensions } from './image-dimensions.js';

describe('imageDimensions', () => {
  it('reads the size from a PNG, GIF, JPEG and BMP header', () => {
    expect(imageDimensions(makePng(640, 2))).toEqual({ width: 640, height: 2 });
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    expect(imageDimensions(gif)).toEqual({ width: 1, height: 1 });
    // SOI, an APP0 segment, then SOF0 with height 300 and width 400.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(imageDimensions(jpeg)).toEqual({ width: 400, height: 300 });
    const bmp = Buffer.alloc(54);
    bmp.write('BM', 0, 'ascii');
    bmp.writeInt32LE(32, 18);
    bmp.writeInt32LE(-16, 22);
    expect(imageDimensions(bmp)).toEqual({ width: 32, height: 16 });
  });

  it('says nothing for bytes it cannot read', () => {
    expect(imageDimensions(Buffer.from('<svg width="10" height="10"/>'))).toBeNull();
    expect(imageDimensions(Buffer.from([0xff, 0xd8, 0x00]))).toBeNull();
    expect(imageDimensions(new Uint8Array())).toBeNull();
  });
});
