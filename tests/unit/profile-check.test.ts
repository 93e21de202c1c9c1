/** The content check of author profiles (content/authors/), in process. */
import { tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProfiles } from '../../src/content/profile-check.ts';
import { checkProject } from '../../src/content/check-integration.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { testPhoto } from '../support/test-photos.ts';

const NAMES = new Set(['王欣', '刘景丰']);

function check(profiles: Record<string, string>) {
  const files = Object.entries(profiles).map(([name, source]) => ({ name, file: `content/authors/${name}`, source }));
  const { errors, warnings } = checkProfiles(files, NAMES);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

describe('checkProfiles()', () => {
  it('accepts a bio and links, an empty file, and .yml', () => {
    expect(check({ '王欣.yaml': 'bio: 科技记者。\nlinks:\n  - url: https://weibo.com/u/1\n    label: 微博\n  - url: https://example.com/\n', '刘景丰.yml': '' })).toEqual({ errors: [], warnings: [] });
  });

  it('reports each wrong field at its line, in the editors\' words', () => {
    const { errors } = check({ '王欣.yaml': 'bio: 科技记者。\nfoto: ./images/wang.jpg\nlinks:\n  - url: javascript:alert(1)\n  - label: 无网址\n' });
    expect(errors).toEqual([
      expect.stringMatching(/^content\/authors\/王欣\.yaml:4: `links\[0\]\.url`：应为以 https:\/\/ 开头的完整网址/),
      expect.stringMatching(/^content\/authors\/王欣\.yaml:5: `links\[1\]\.url`：缺少网址（必填）/),
      'content/authors/王欣.yaml:2: `foto`：未知字段 `foto`，是否应为 `photo`？',
    ]);
  });

  it('reports broken YAML at its line, and a file that is not a list of fields', () => {
    expect(check({ '王欣.yaml': 'bio: 科技记者\n  links: [\n' }).errors).toEqual([expect.stringMatching(/^content\/authors\/王欣\.yaml:\d+: `.+`：不是有效的 YAML/)]);
    expect(check({ '王欣.yaml': '- 科技记者\n' }).errors).toEqual(['content/authors/王欣.yaml:1: `作者资料`：应为 “字段: 值” 的列表']);
  });

  it('warns about a profile no byline names, which would show nowhere', () => {
    const { errors, warnings } = check({ '王新.yaml': 'bio: 错字。\n' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^content\/authors\/王新\.yaml: `文件名`：没有文章的作者或编辑署名为 “王新”/)]);
  });
});

describe('checkProject() and profiles', () => {
  it('checks the profiles beside the entries, against every byline', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-profiles-'));
    try {
      mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
      mkdirSync(path.join(root, 'content', 'authors'));
      writeFileSync(path.join(root, 'content', 'articles', 'a.mdx'), '---\ntitle: 标题\ndate: 2024-01-11\nauthor: 王欣\neditor: 刘景丰\nsummary: [摘要。]\n---\n\n正文。\n');
      writeFileSync(path.join(root, 'content', 'authors', '刘景丰.yaml'), 'bio: 编辑。\n');
      writeFileSync(path.join(root, 'content', 'authors', '李明.yaml'), 'bio: 没有署名。\nlinks: 不是列表\n');
      const { errors, warnings } = await checkProject(root);
      expect(errors.map(formatProblem)).toEqual([expect.stringMatching(/^content\/authors\/李明\.yaml:2: `links`：/)]);
      expect(warnings.map(formatProblem)).toEqual([expect.stringMatching(/^content\/authors\/李明\.yaml: `文件名`：/)]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('opens a profile’s photo beside it: a missing file is an error naming the closest one', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-profile-photo-'));
    try {
      mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
      mkdirSync(path.join(root, 'content', 'authors', 'images'), { recursive: true });
      writeFileSync(path.join(root, 'content', 'articles', 'a.mdx'), '---\ntitle: 标题\ndate: 2024-01-11\nauthor: 王欣\neditor: 刘景丰\nsummary: [摘要。]\n---\n\n正文。\n');
      writeFileSync(path.join(root, 'content', 'authors', 'images', 'wang-xin.jpg'), await testPhoto(200, 200));
      writeFileSync(path.join(root, 'content', 'authors', '王欣.yaml'), 'bio: 记者。\nphoto: ./images/wangxin.jpg\n');
      writeFileSync(path.join(root, 'content', 'authors', '刘景丰.yaml'), 'photo: ./images/wang-xin.jpg\nphotoAlt: 刘景丰在编辑部\n');
      const { errors, warnings } = await checkProject(root);
      expect(errors.map(formatProblem)).toEqual(['content/authors/王欣.yaml:2: `photo`：找不到图片文件 ./images/wangxin.jpg，是否应为 ./images/wang-xin.jpg？']);
      expect(warnings).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
