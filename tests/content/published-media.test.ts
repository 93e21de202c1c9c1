/**
 * A build publishes only the media of what it publishes: the videos the published entries
 * play, not one lying unused in the entries folder, nor a draft's or a scheduled entry's
 * (their hashed names in _astro/ would show what is coming). A file named out of its
 * collection's folder stops the build with the editors' message, and an author's page gives
 * their profile photo to search engines in its JSON-LD.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL, type BuildResult } from '../../scripts/harness/site-harness.ts';
import { readPage } from '../support/dist.ts';
import { runWithContent, useFixtureBuild } from '../support/fixture-site.ts';
import { testPhoto } from '../support/test-photos.ts';

/** An MP4's first bytes (an `ftyp` box), then bytes of its own: each file differs, so none is one another's copy. */
const mp4 = (name: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]), Buffer.from(name)]);

const entry = (frontmatter: string, video: string) =>
  `---\ntitle: 视频\n${frontmatter}\nauthor: 王欣\nsummary: [摘要。]\n---\n\n<Video src="./media/${video}" poster="./images/poster.jpg" caption="园区一瞥" />\n`;

const build = useFixtureBuild(
  'published-media',
  '/',
  async () => ({
    'published.mdx': entry('date: 2024-01-11', 'used.mp4'),
    'draft.mdx': entry('date: 2024-01-12\ndraft: true', 'draft.mp4'),
    'scheduled.mdx': entry('date: 2099-01-01', 'later.mp4'),
    'media/used.mp4': mp4('used'),
    'media/draft.mp4': mp4('draft'),
    'media/later.mp4': mp4('later'),
    'media/unused.mp4': mp4('unused'),
    'images/poster.jpg': await testPhoto(640, 360),
  }),
  { profiles: { '王欣.yaml': 'bio: 科技记者。\nphoto: ./images/wang-xin.jpg\n', 'images/wang-xin.jpg': await testPhoto(500, 600, 'jpeg', 6) } },
);

describe('the videos a build publishes', () => {
  it('are those the published entries play, and no other', () => {
    const videos = readdirSync(path.join(build.site.outDir, '_astro')).filter((name) => name.endsWith('.mp4'));
    expect(videos).toHaveLength(1);
    expect(videos[0]).toMatch(/^used\.[\w-]{8}\.mp4$/);
    expect(readFileSync(path.join(build.site.outDir, '_astro', videos[0]!))).toEqual(mp4('used'));
    expect(readPage(build.site, 'articles/published/index.html')('.article-body video source').attr('src')).toBe(`/_astro/${videos[0]}`);
  });
});

describe('an author’s page', () => {
  it('gives the Person in its JSON-LD a square JPEG of the profile photo, from the image pipeline', async () => {
    const jsonLd = JSON.parse(readPage(build.site, 'authors/王欣/index.html')('script[type="application/ld+json"]').text());
    const image: string = jsonLd.mainEntity.image;
    expect(image).toMatch(new RegExp(`^${SITE_URL}/_astro/wang-xin\\.[\\w-]{8}_[\\w-]+\\.jpeg$`));
    const file = readFileSync(path.join(build.site.outDir, image.slice(`${SITE_URL}/`.length)));
    expect(await sharp(file).metadata()).toMatchObject({ format: 'jpeg', width: 400, height: 400 });
  });
});

describe('a file named out of its collection’s folder', () => {
  let result: BuildResult;
  let lines: string[];
  /** The start of the line that names `src` out of `folder` (tests/unit/media-file.test.ts reads the whole message). */
  const outside = (src: string, folder: string) => `${src} 不在 ${folder} 文件夹里，构建不会发布它；`;
  beforeAll(async () => {
    const body = [
      // Files of the project itself, outside content/articles/.
      '<Figure src="../../src/assets/site-logo.png" alt="标志" caption="标志" />',
      '<Video src="../authors/clip.mp4" poster="./images/poster.jpg" caption="园区一瞥" />',
      '<Video src="./media/used.mp4" poster="../../src/assets/default-share.png" caption="园区一瞥" />',
      '<Figure src="/etc/passwd" alt="密码" caption="密码" />',
    ].join('\n\n');
    result = await runWithContent(
      'build',
      {
        'a.mdx': `---\ntitle: 越界\ndate: 2024-01-11\nauthor: 王欣\nsummary: [摘要。]\nleadImage: { src: ../../src/assets/site-logo.png, alt: 标志 }\n---\n\n${body}\n`,
        'media/used.mp4': mp4('used'),
        'images/poster.jpg': await testPhoto(64, 36),
      },
      { profiles: { '王欣.yaml': 'photo: ../../src/assets/site-logo.png\n', 'clip.mp4': mp4('clip') } },
    );
    lines = result.output.split('\n').map((line) => line.trimEnd());
  }, 240_000);

  it('stops the build with a non-zero exit code and no stack trace', () => {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(lines).toContain('内容检查发现 6 处错误，请逐条修改后重新构建：');
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it.each([
    ['a <Figure>', 'content/articles/a.mdx:9: `<Figure> src`：' + outside('../../src/assets/site-logo.png', 'content/articles/')],
    ['a <Video>', 'content/articles/a.mdx:11: `<Video> src`：' + outside('../authors/clip.mp4', 'content/articles/')],
    ['a poster', 'content/articles/a.mdx:13: `<Video> poster`：' + outside('../../src/assets/default-share.png', 'content/articles/')],
    ['a lead image', 'content/articles/a.mdx:6: `leadImage.src`：' + outside('../../src/assets/site-logo.png', 'content/articles/')],
    ['a profile photo', 'content/authors/王欣.yaml:1: `photo`：' + outside('../../src/assets/site-logo.png', 'content/authors/')],
  ])('names %s, at its line', (_kind, start) => {
    expect(lines.filter((line) => line.startsWith(start))).toHaveLength(1);
  });

  it('names an absolute path', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/articles\/a\.mdx:15: `<Figure>`：.*以 \.\/ 开头.*“\/etc\/passwd”$/));
  });
});
