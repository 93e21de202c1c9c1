/**
 * `astro dev` serves a <Video> from where it lies, as Vite serves any imported asset, and finds
 * a video added while it runs on the next page load (src/body/video-files.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/site-harness.ts';
import { projectCopy, startDevServer, type DevServer } from '../support/fixture-site.ts';
import { testPhoto } from '../support/test-photos.ts';
import { testVideo } from '../support/test-video.ts';

const entry = (video: string) =>
  `---\ntitle: 开发预览\ndate: 2024-01-11\nauthor: 王欣\nsummary: [摘要。]\n---\n\n<Video src="./media/${video}" poster="./images/poster.jpg" caption="园区一瞥" />\n`;

describe('a hosted video under astro dev', () => {
  let copy: ReturnType<typeof projectCopy>;
  let server: DevServer;
  let recorded: Buffer;
  /** The article's video URL, and what the server sends for it. */
  const video = async () => {
    const html = await (await fetch(new URL('articles/a/', server.url))).text();
    const src = /<source src="([^"]+)" type="video\/mp4">/.exec(html)?.[1];
    const response = src ? await fetch(new URL(src, server.url)) : undefined;
    return { src, status: response?.status, bytes: response ? Buffer.from(await response.arrayBuffer()) : undefined };
  };

  beforeAll(async () => {
    const browser = await launchBrowser();
    try {
      recorded = await testVideo(browser);
    } finally {
      await browser.close();
    }
    copy = projectCopy({ 'a.mdx': entry('campus.mp4'), 'media/campus.mp4': recorded, 'images/poster.jpg': await testPhoto(640, 360) });
    server = await startDevServer(copy.root);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });

  it('plays the file beside the entry', async () => {
    const { status, bytes } = await video();
    expect(status).toBe(200);
    expect(bytes).toEqual(recorded);
  });

  it('finds a video added while it runs', { timeout: 90_000 }, async () => {
    mkdirSync(path.join(copy.articles, 'media'), { recursive: true });
    copyFileSync(path.join(copy.articles, 'media', 'campus.mp4'), path.join(copy.articles, 'media', 'night.mp4'));
    writeFileSync(path.join(copy.articles, 'a.mdx'), entry('night.mp4'));
    await expect.poll(async () => (await video()).src ?? '', { timeout: 60_000, interval: 500 }).toMatch(/\/night\.mp4(\?|$)/);
    expect((await video()).bytes).toEqual(recorded);
  });
});
