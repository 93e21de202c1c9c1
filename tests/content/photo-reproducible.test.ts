/**
 * Builds stay byte-identical with photos and a video: two cold builds of the same entries,
 * each from its own copy of the project with its own (empty) image cache, write the same
 * files byte for byte — the encoded variants, the blurred previews, the thumbnails, the
 * posters and the video's hashed copy included.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, SITE_URL, tmpRoot } from '../../scripts/harness/site-harness.ts';
import { siteFiles } from '../support/dist.ts';
import { runWithContent, type ContentFiles } from '../support/fixture-site.ts';
import { realisticPhoto, testPhoto } from '../support/test-photos.ts';
import { testVideo } from '../support/test-video.ts';

const story = `---
title: 湾区的一天
date: 2024-01-11
author: 王欣
summary: [园区里的一天。]
leadImage: { src: ./images/lead.jpg, alt: 谷歌湾区总部园区鸟瞰, caption: 谷歌湾区总部 }
---

第一段。

<Figure src="./images/chart.png" alt="营收走势图" caption="营收走势" />

<Video src="./media/campus.mp4" poster="./images/poster.jpg" caption="园区一瞥" />
`;

describe('reproducible builds with photos', () => {
  mkdirSync(tmpRoot, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpRoot, 'photo-repro-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes the same files, byte for byte, when built again from scratch', { timeout: 400_000 }, async () => {
    const browser = await launchBrowser();
    let files: ContentFiles;
    try {
      files = {
        'photo-story.mdx': story,
        'images/lead.jpg': await realisticPhoto(2400, 1600, 21),
        'images/chart.png': await testPhoto(900, 600, 'png', 22),
        'images/poster.jpg': await testPhoto(640, 360, 'jpeg', 23),
        // Recorded once: both builds get the same bytes.
        'media/campus.mp4': await testVideo(browser),
      };
    } finally {
      await browser.close();
    }
    const build = async (name: string) => {
      const outDir = path.join(scratch, name);
      const result = await runWithContent('build', files, { outDir, env: { SITE_URL, BASE_PATH: '/news/' } });
      expect(result.code, result.output).toBe(0);
      return outDir;
    };
    // One after the other: two encoders at once on two cores would only slow both.
    const first = await build('first');
    const second = await build('second');
    const names = siteFiles(first);
    expect(names.filter((name) => /^_astro\/(lead|chart|poster|campus)\./.test(name)).length).toBeGreaterThan(20);
    expect(names).toContainEqual(expect.stringMatching(/^_astro\/campus\.[\w-]+\.mp4$/));
    expect(siteFiles(second)).toEqual(names);
    expect(names.filter((name) => !readFileSync(path.join(first, name)).equals(readFileSync(path.join(second, name))))).toEqual([]);
  });
});
