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

/**
 * A photo that encodes as a camera's does: detail at every scale (smooth noise summed from
 * coarse to fine, each octave fainter, as detail falls off with scale in natural scenes),
 * mostly in brightness with slower colour changes, over a gradient. Encoders cannot throw
 * this away as they do testPhoto()'s pixel noise, so byte sizes and budgets measured on it
 * are those of real photos. Deterministic per `seed`.
 */
export async function realisticPhoto(width: number, height: number, seed = 1): Promise<Buffer> {
  let state = (seed * 2654435761) >>> 0;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  /** Smooth noise in `channels`, from grids of 3 cells across to `finest` cells across. */
  async function octaves(channels: number, finest: number, falloff: number): Promise<Float32Array> {
    const sum = new Float32Array(width * height * channels);
    let amplitude = 1;
    let total = 0;
    for (let cells = 3; cells <= finest; cells *= 2, amplitude *= falloff) {
      const gridHeight = Math.max(2, Math.round((cells * height) / width));
      const grid = Buffer.alloc(cells * gridHeight * channels);
      for (let index = 0; index < grid.length; index++) grid[index] = Math.floor(random() * 256);
      const resized = sharp(grid, { raw: { width: cells, height: gridHeight, channels: channels as 1 | 3 } }).resize(width, height, { kernel: 'cubic', fit: 'fill' });
      // Sharp writes a grey image as three channels unless told to keep one.
      const smooth = await (channels === 1 ? resized.extractChannel(0) : resized).raw().toBuffer();
      for (let index = 0; index < sum.length; index++) sum[index]! += ((smooth[index]! - 128) / 128) * amplitude;
      total += amplitude;
    }
    return sum.map((value) => value / total);
  }
  // Brightness down to one cell per 2 pixels; colour only in the broad strokes.
  const [light, colour] = await Promise.all([octaves(1, width / 2, 0.8), octaves(3, 48, 0.6)]);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      const base = [90 + (x / width) * 70, 100 + (y / height) * 50, 110 + ((seed * 37) % 60)];
      for (let channel = 0; channel < 3; channel++) {
        pixels[at * 3 + channel] = Math.max(0, Math.min(255, Math.round(base[channel]! + light[at]! * 220 + colour[at * 3 + channel]! * 80)));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}
