/**
 * Photos for tests, made here with Sharp (nothing is fetched): a smooth gradient with a
 * little deterministic noise, so encoders work as on a real photo and the same arguments
 * always give the same bytes.
 */
import sharp from 'sharp';

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export async function testPhoto(width: number, height: number, format: PhotoFormat = 'jpeg', seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  // Integer multiplication (Math.imul): in floating point the products lose their low bits and
  // many seeds gave the same noise.
  let state = Math.imul(seed, 2654435761) >>> 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const noise = (state >>> 24) % 24;
      const offset = (y * width + x) * 3;
      pixels[offset] = Math.min(255, Math.round((x / width) * 200) + noise);
      pixels[offset + 1] = Math.min(255, Math.round((y / height) * 160) + 40 + noise);
      pixels[offset + 2] = Math.min(255, ((seed * 53) % 200) + noise);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}
