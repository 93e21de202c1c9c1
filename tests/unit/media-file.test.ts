/**
 * Every file an entry or a profile names (<Figure src>, leadImage.src, <Video src> and its
 * poster, a profile's photo) must lie inside its collection's folder: the content check
 * refuses a path out of it (../../secret.jpg, /etc/passwd, ../other/x.jpg, a link to a file
 * elsewhere) in the editors' words, the same way for each, before the build would publish it.
 * It also tells the build which videos each entry plays.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check-integration.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { entry, FULL } from '../support/body-check.ts';
import { testPhoto } from '../support/test-photos.ts';

/** The first bytes of an MP4 (an `ftyp` box): what the check reads of a video. */
const MP4_HEAD = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);

let root: string;
const write = (file: string, bytes: string | Buffer) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), bytes);
};

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'media-file-'));
  const photo = await testPhoto(64, 48);
  // Real files, outside the entries folder: only where they lie is wrong.
  write('secret.jpg', photo);
  write('content/other/x.jpg', photo);
  write('content/other/clip.mp4', MP4_HEAD);
  write('content/articles/images/ok.jpg', photo);
  write('content/articles/media/clip.mp4', MP4_HEAD);
  write('content/authors/images/wang-xin.jpg', photo);
  symlinkSync(path.join(root, 'secret.jpg'), path.join(root, 'content/articles/images/link.jpg'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function errors(files: Record<string, string>): Promise<string[]> {
  for (const [file, source] of Object.entries(files)) write(file, source);
  try {
    return (await checkProject(root)).errors.map(formatProblem);
  } finally {
    for (const file of Object.keys(files)) rmSync(path.join(root, file));
  }
}

const figure = (src: string) => `<Figure src="${src}" alt="园区" caption="园区" />`;
const video = (src: string, poster = './images/ok.jpg') => `<Video src="${src}" poster="${poster}" caption="园区一瞥" />`;
const outside = (src: string, folder: string, example: string, what = '图片') =>
  `${src} 不在 ${folder} 文件夹里，构建不会发布它；请把${what}复制到 ${folder} 里，写成从本文件所在文件夹起、以 ./ 开头的路径，例如 ${example}`;
const PHOTO = './images/bay-area.jpg';
const VIDEO = './media/clip.mp4';

describe('a file out of its collection’s folder', () => {
  it('is refused in a <Figure>, a lead image, a <Video> and its poster, each at its line', async () => {
    const body = [figure('../../secret.jpg'), figure('../other/x.jpg'), figure('./images/link.jpg'), video('../other/clip.mp4'), video('./media/clip.mp4', '../../secret.jpg')].join('\n\n');
    const lead = (src: string) => entry(`${FULL}\nleadImage: { src: ${src}, alt: 园区 }`);
    expect(await errors({ 'content/articles/a.mdx': entry(FULL, body), 'content/articles/b.mdx': lead('../../secret.jpg'), 'content/articles/c.mdx': lead('../other/x.jpg') })).toEqual([
      `content/articles/a.mdx:8: \`<Figure> src\`：${outside('../../secret.jpg', 'content/articles/', PHOTO)}`,
      `content/articles/a.mdx:10: \`<Figure> src\`：${outside('../other/x.jpg', 'content/articles/', PHOTO)}`,
      `content/articles/a.mdx:12: \`<Figure> src\`：${outside('./images/link.jpg', 'content/articles/', PHOTO)}`,
      `content/articles/a.mdx:14: \`<Video> src\`：${outside('../other/clip.mp4', 'content/articles/', VIDEO, '视频')}`,
      `content/articles/a.mdx:16: \`<Video> poster\`：${outside('../../secret.jpg', 'content/articles/', PHOTO)}`,
      `content/articles/b.mdx:6: \`leadImage.src\`：${outside('../../secret.jpg', 'content/articles/', PHOTO)}`,
      `content/articles/c.mdx:6: \`leadImage.src\`：${outside('../other/x.jpg', 'content/articles/', PHOTO)}`,
    ]);
  });

  it('is refused as a profile’s photo, which lies in content/authors/', async () => {
    const article = entry(FULL.replace('author: 王欣', 'author: 王欣\neditor: 刘景丰'));
    expect(await errors({ 'content/articles/a.mdx': article, 'content/authors/王欣.yaml': 'photo: ../../secret.jpg\n', 'content/authors/刘景丰.yaml': 'photo: ../articles/images/ok.jpg\n' })).toEqual([
      `content/authors/刘景丰.yaml:1: \`photo\`：${outside('../articles/images/ok.jpg', 'content/authors/', PHOTO)}`,
      `content/authors/王欣.yaml:1: \`photo\`：${outside('../../secret.jpg', 'content/authors/', PHOTO)}`,
    ]);
  });

  it('is refused as an absolute path, in each field', async () => {
    const body = [figure('/etc/passwd'), video('/etc/passwd.mp4'), video('./media/clip.mp4', '/etc/passwd')].join('\n\n');
    const found = await errors({ 'content/articles/a.mdx': entry(`${FULL}\nleadImage: { src: /etc/passwd, alt: 园区 }`, body), 'content/authors/王欣.yaml': 'photo: /etc/passwd\n' });
    expect(found.map((line) => line.split('：')[0])).toEqual([
      'content/articles/a.mdx:9: `<Figure>`',
      'content/articles/a.mdx:11: `<Video>`',
      'content/articles/a.mdx:13: `<Video>`',
      'content/articles/a.mdx:6: `leadImage.src`',
      'content/authors/王欣.yaml:1: `photo`',
    ]);
    for (const line of found) expect(line).toMatch(/以 \.\/ 开头/);
  });

  it('is taken inside the folder, and the check lists the videos each entry plays', async () => {
    const body = [figure('./images/ok.jpg'), video('./media/clip.mp4'), video('./media/../media/clip.mp4')].join('\n\n');
    write('content/articles/a.mdx', entry(FULL, body));
    write('content/authors/王欣.yaml', 'photo: ./images/wang-xin.jpg\n');
    try {
      const report = await checkProject(root);
      expect(report.errors).toEqual([]);
      expect(report.entries.map(({ id, videos }) => ({ id, videos }))).toEqual([{ id: 'a', videos: ['media/clip.mp4'] }]);
    } finally {
      rmSync(path.join(root, 'content/articles/a.mdx'));
      rmSync(path.join(root, 'content/authors/王欣.yaml'));
    }
  });
});
