/**
 * <Video>: a video the site hosts, with its poster, caption and credit. Its body markup is a
 * slot naming both files (the page fills it); the content check asks for the poster and the
 * file, opens both and names what is wrong in the editors' words.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-error.ts';
import { checkContent } from '../../src/content/entry-check.ts';
import { bodyHtml, entry, FULL } from '../support/body-check.ts';
import { testPhoto } from '../support/test-photos.ts';

let folder: string;

/** The first bytes of an MP4 (an `ftyp` box) and of a WebM (EBML): what the check reads of a video. */
const MP4_HEAD = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
const WEBM_HEAD = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'video-check-'));
  mkdirSync(path.join(folder, 'media'));
  mkdirSync(path.join(folder, 'images'));
  writeFileSync(path.join(folder, 'media', 'clip.mp4'), MP4_HEAD);
  writeFileSync(path.join(folder, 'media', 'night.webm'), WEBM_HEAD);
  writeFileSync(path.join(folder, 'media', 'renamed.mp4'), WEBM_HEAD);
  writeFileSync(path.join(folder, 'media', 'notes.mp4'), '这不是视频');
  writeFileSync(path.join(folder, 'images', 'clip.jpg'), await testPhoto(64, 36));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function check(body: string) {
  const name = 'story.mdx';
  const { errors, warnings } = checkContent([{ name, file: `content/articles/${name}`, path: path.join(folder, name), source: entry(FULL, body) }]);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

const video = (attributes: string) => `<Video ${attributes} caption="园区一瞥" />`;

describe('<Video>', () => {
  it('leaves a slot naming the video and its poster inside a figure with caption and credit', () => {
    const $ = bodyHtml('<Video src="./media/clip.mp4" poster="./images/clip.jpg" caption="园区一瞥" credit="受访人邱谆提供" />');
    const slot = $('figure.figure > video.video-slot');
    expect(slot.attr('data-video-src')).toBe('./media/clip.mp4');
    expect(slot.attr('data-poster-src')).toBe('./images/clip.jpg');
    expect($('figure figcaption').text()).toBe('园区一瞥图源：受访人邱谆提供');
  });

  it('takes an MP4 or a WebM with its poster', () => {
    expect(check(`${video('src="./media/clip.mp4" poster="./images/clip.jpg"')}\n\n${video('src="./media/night.webm" poster="./images/clip.jpg"')}`)).toEqual({ errors: [], warnings: [] });
  });

  it('asks for the poster and the video file', () => {
    expect(check(`${video('src="./media/clip.mp4"')}\n\n${video('poster="./images/clip.jpg"')}`).errors).toEqual([
      'content/articles/story.mdx:8: `<Video>`：有视频文件（src）、视频说明（caption）也必须有封面图片（poster），例如 <Video src="./media/clip.mp4" poster="./images/clip.jpg" caption="谷歌湾区总部园区一瞥" credit="受访人邱谆提供" />',
      'content/articles/story.mdx:10: `<Video>`：有封面图片（poster）、视频说明（caption）也必须有视频文件（src），例如 <Video src="./media/clip.mp4" poster="./images/clip.jpg" caption="谷歌湾区总部园区一瞥" credit="受访人邱谆提供" />',
    ]);
  });

  it('names a missing video and the closest file, a missing poster, and a file that is no MP4 or WebM', () => {
    const body = [
      video('src="./media/clips.mp4" poster="./images/clip.jpg"'),
      video('src="./media/clip.mp4" poster="./images/clips.jpg"'),
      video('src="./media/clip.mov" poster="./images/clip.jpg"'),
      video('src="./media/notes.mp4" poster="./images/clip.jpg"'),
      video('src="./media/renamed.mp4" poster="./images/clip.jpg"'),
    ].join('\n\n');
    // The attributes' own rules first, then the files the check opens.
    expect(check(body).errors).toEqual([
      'content/articles/story.mdx:12: `<Video>`：视频文件（src）应为相对于本文的 .mp4 或 .webm 文件路径，以 ./ 开头，例如 src="./media/clip.mp4"，实际为 “./media/clip.mov”',
      'content/articles/story.mdx:8: `<Video> src`：找不到视频文件 ./media/clips.mp4，是否应为 ./media/clip.mp4？',
      'content/articles/story.mdx:10: `<Video> poster`：找不到图片文件 ./images/clips.jpg，是否应为 ./images/clip.jpg？',
      'content/articles/story.mdx:14: `<Video> src`：./media/notes.mp4 不是可播放的 MP4 或 WebM 视频（文件可能已损坏或并非视频）；请重新导出为 MP4（H.264）',
      'content/articles/story.mdx:16: `<Video> src`：./media/renamed.mp4 实际是 WEBM 视频，扩展名却是 .mp4；请把文件改名为 .webm',
    ]);
  });

  it('suggests itself for a <video> written in the body', () => {
    expect(check('<video src="./media/clip.mp4"></video>').errors).toEqual([
      expect.stringMatching(/^content\/articles\/story\.mdx:8: `<video>`：正文不能写 <video>；请改用 <Video> 组件，例如 <Video src="\.\/media\/clip\.mp4" poster=/),
    ]);
  });
});
