/**
 * The encoder settings in astro.config.mjs (image.service) were chosen to cut the CPU a photo
 * costs; this holds them to the byte side of that bargain: every variant the site makes of a
 * 2,400px photo (src/body/photo-markup.ts: AVIF, WebP and the JPEG fallback at each width)
 * weighs at most 10 % more, all together, than with Sharp's defaults (AVIF effort 4 and so
 * on). Encoded through Astro's own Sharp service, as a build does. Bytes are asserted, never
 * time; the CPU each way is printed for docs/benchmarks.md.
 */
import { cpus, loadavg } from 'node:os';
import sharpService from 'astro/assets/services/sharp';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { photoWidths } from '../../src/body/photo-sizes.ts';
import { realisticPhoto } from '../support/test-photos.ts';

const FORMATS = ['avif', 'webp', 'jpeg'] as const;
const MAX_GROWTH = 1.1;

type ServiceConfig = Record<string, unknown>;
type Encoded = { bytes: Record<(typeof FORMATS)[number], number>; cpuSeconds: number };

/** The service logs only about SVG sources, which these are not. */
const quiet = { warn: () => undefined } as never;

const sum = (bytes: Encoded['bytes']) => Object.values(bytes).reduce((total, item) => total + item, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Every variant of `photo` the site makes, with `serviceConfig` as Astro's image.service.config: total bytes and CPU seconds. */
async function encodeAll(photo: Buffer, serviceConfig: ServiceConfig): Promise<Encoded> {
  const imageConfig = { ...config.image, service: { entrypoint: 'astro/assets/services/sharp', config: serviceConfig } };
  const started = process.cpuUsage();
  const bytes = { avif: 0, webp: 0, jpeg: 0 };
  for (const format of FORMATS) {
    for (const width of photoWidths(2400)) {
      const { data } = await sharpService.transform!(photo, { src: 'photo.jpg', width, format }, imageConfig as never, quiet);
      bytes[format] += data.length;
    }
  }
  const used = process.cpuUsage(started);
  return { bytes, cpuSeconds: (used.user + used.system) / 1e6 };
}

describe('encoder settings', () => {
  it('make all variants of a 2,400px photo at most 10 % heavier than Sharp’s defaults', { timeout: 300_000 }, async () => {
    const configured = (config.image?.service?.config ?? {}) as ServiceConfig;
    // The site's settings are not the defaults, or this compares nothing.
    expect(Object.keys(configured).length).toBeGreaterThan(0);
    const photos = await Promise.all([31, 32].map((seed) => realisticPhoto(2400, 1600, seed)));
    const site: Encoded[] = [];
    const defaults: Encoded[] = [];
    for (const photo of photos) {
      site.push(await encodeAll(photo, configured));
      defaults.push(await encodeAll(photo, {}));
    }
    const report = (name: string, runs: Encoded[]) =>
      `${name}: ${FORMATS.map((format) => `${format} ${kb(runs.reduce((total, run) => total + run.bytes[format], 0) / runs.length)}`).join(', ')}, ` +
      `${(runs.reduce((total, run) => total + run.cpuSeconds, 0) / runs.length).toFixed(2)} s of CPU`;
    console.log(`[photo encoding] per 2,400px photo, ${report('configured', site)}; ${report("Sharp's defaults", defaults)} (${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})`);
    const totalBytes = (runs: Encoded[]) => runs.reduce((total, run) => total + sum(run.bytes), 0);
    expect(totalBytes(site)).toBeLessThanOrEqual(totalBytes(defaults) * MAX_GROWTH);
  });
});
