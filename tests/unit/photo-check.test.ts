/**
 * The content check opens the photo files an entry names and says, in the editors' words,
 * what is wrong: a file that is not there (with the closest name), not an image, in a format
 * the site does not take, an alt text missing, or an original so large it slows every build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-error.ts';
import { checkContent } from '../../src/content/entry-check.ts';
import { FULL, entry } from '../support/body-check.ts';
import { testPhoto } from '../support/test-photos.ts';

let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'photo-check-'));
  mkdirSync(path.join(folder, 'images'));
  writeFileSync(path.join(folder, 'images', 'bay-area.jpg'), await testPhoto(64, 48, 'jpeg'));
  writeFileSync(path.join(folder, 'images', 'chart.png'), await testPhoto(64, 48, 'png'));
  writeFileSync(path.join(folder, 'images', 'photo.avif'), await testPhoto(64, 48, 'avif'));
  writeFileSync(path.join(folder, 'images', 'anim.gif'), await testPhoto(64, 48, 'gif' as 'png'));
  writeFileSync(path.join(folder, 'images', 'notes.jpg'), '这不是图片');
  writeFileSync(path.join(folder, 'images', 'panorama.png'), await testPhoto(8100, 4, 'png'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The check's lines for one article in `folder`, as a build runs it (with the file on disk). */
function check(source: string) {
  const name = 'story.mdx';
  const { errors, warnings } = checkContent([{ name, file: `content/articles/${name}`, path: path.join(folder, name), source }]);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

const figure = (attributes: string) => entry(FULL, `<Figure ${attributes} caption="谷歌湾区总部" />`);

describe('photo files', () => {
  it('takes JPEG, PNG and AVIF photos with their alt text', () => {
    const lead = `${FULL}\nleadImage: { src: ./images/bay-area.jpg, alt: 园区鸟瞰 }`;
    expect(check(entry(lead, '<Figure src="./images/chart.png" alt="图表" caption="说明" />\n\n<Figure src="./images/photo.avif" alt="照片" caption="说明" />'))).toEqual({ errors: [], warnings: [] });
  });

  it('sends a photo written as a Markdown image or an <img> to <Figure>, even one of the entry\'s own files', () => {
    const advice = '正文不能写 <img>；请改用 <Figure> 组件，例如 <Figure src="./images/bay-area.jpg" alt="谷歌湾区总部园区鸟瞰" caption="谷歌湾区总部" credit="受访人邱谆提供" />';
    expect(check(entry(FULL, '![园区](./images/bay-area.jpg)')).errors).toEqual([`content/articles/story.mdx:8: \`<img>\`：${advice}`]);
    expect(check(entry(FULL, '<img src="/images/bay-area.jpg" alt="园区" />')).errors).toEqual([`content/articles/story.mdx:8: \`<img>\`：${advice}`]);
  });

  it('names a missing body photo and the closest file there is', () => {
    expect(check(figure('src="./images/bay_area.jpg" alt="园区"')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure> src`：找不到图片文件 ./images/bay_area.jpg，是否应为 ./images/bay-area.jpg？',
    ]);
  });

  it('names a missing lead image, at its line', () => {
    expect(check(entry(`${FULL}\nleadImage:\n  src: ./photos/lead.jpg\n  alt: 园区`)).errors).toEqual([
      'content/articles/story.mdx:7: `leadImage.src`：找不到图片文件 ./photos/lead.jpg；图片请放在文章旁的文件夹里，例如 ./images/bay-area.jpg',
    ]);
  });

  it('refuses a file that is not an image, and a format the site does not take', () => {
    expect(check(figure('src="./images/notes.jpg" alt="笔记"')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure> src`：./images/notes.jpg 不是可读的图片（文件可能已损坏或并非图片）；请重新导出为 JPEG、PNG、WebP 或 AVIF',
    ]);
    expect(check(figure('src="./images/anim.gif" alt="动图"')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure> src`：./images/anim.gif 是 GIF 格式，不支持；请另存为 JPEG、PNG、WebP 或 AVIF',
    ]);
  });

  it('asks for a path from the entry', () => {
    expect(check(figure('src="images/bay-area.jpg" alt="园区"')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure>`：图片文件（src）应为相对于本文的路径，以 ./ 开头，例如 src="./images/bay-area.jpg"，实际为 “images/bay-area.jpg”',
    ]);
  });

  it('asks for the alt text of a photo, in the body and in the lead image', () => {
    expect(check(figure('src="./images/bay-area.jpg"')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure>`：有图片文件（src）也必须有替代文字（alt），例如 alt="谷歌湾区总部园区鸟瞰"',
    ]);
    expect(check(figure('src="./images/bay-area.jpg" alt=""')).errors).toEqual([
      'content/articles/story.mdx:8: `<Figure>`：替代文字（alt）不能为空，例如 alt="谷歌湾区总部园区鸟瞰"；不需要时请删去这个属性',
    ]);
    expect(check(entry(`${FULL}\nleadImage: { src: ./images/bay-area.jpg, caption: 园区 }`)).errors).toEqual([
      'content/articles/story.mdx:6: `leadImage.alt`：有图片文件（src）也必须有替代文字（alt），写照片里有什么，例如 alt: 谷歌湾区总部园区鸟瞰',
    ]);
  });

  it('warns of a very large original, naming it', () => {
    expect(check(figure('src="./images/panorama.png" alt="全景"'))).toEqual({
      errors: [],
      warnings: ['content/articles/story.mdx:8: `<Figure> src`：./images/panorama.png 原图很大（0.1 MB，8100×4 像素），每次构建都会变慢；请先缩小到长边 4000 像素以内'],
    });
  });
});
