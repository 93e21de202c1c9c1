/** `npm run new`: creates a commented entry with an ASCII slug from the title's pinyin, and never overwrites. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { checkContent } from '../../src/content/entry-check.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { todayInChina } from '../../src/site/dates.ts';
import { BODY_PHOTOS, entrySchema } from '../../src/content/entry-schema.ts';
import { slugFromTitle } from '../../src/content/new-entry.ts';
import { tmpRoot } from '../../scripts/harness/site-harness.ts';
import { runNewArticle } from '../support/run-new-article.ts';

let root: string;
let articles: string;

beforeEach(() => {
  mkdirSync(tmpRoot, { recursive: true });
  root = mkdtempSync(path.join(tmpRoot, 'new-'));
  articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const runNew = (...args: string[]) => runNewArticle(root, ...args);

function problemsOf(name: string) {
  const source = readFileSync(path.join(articles, name), 'utf8');
  const { errors, warnings } = checkContent([{ name, file: `content/articles/${name}`, source }]);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

describe('npm run new', () => {
  it('creates a draft named from the pinyin of the title, dated today, with every field commented', () => {
    const { code, output } = runNew('--title', '绿色消费：新零售的下一站');
    expect(code).toBe(0);
    const name = 'lv-se-xiao-fei-xin-ling-shou-de-xia-yi-zhan.mdx';
    expect(output).toContain(`content/articles/${name}`);
    const source = readFileSync(path.join(articles, name), 'utf8');
    const frontmatter = source.split('---\n')[1]!;
    const data = parse(frontmatter) as Record<string, unknown>;
    expect(data.title).toBe('绿色消费：新零售的下一站');
    expect(data.date).toBe(todayInChina());
    expect(data.draft).toBe(true);
    // Every field the schema knows is present (but the one the loader fills), each under a comment line.
    const { article, brief } = entrySchema(z.string(), z.string());
    const schemaKeys = new Set([...Object.keys(article.shape), ...Object.keys(brief.shape)].filter((key) => key !== BODY_PHOTOS));
    expect(new Set(Object.keys(data))).toEqual(schemaKeys);
    const lines = frontmatter.split('\n');
    for (const key of schemaKeys) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^# /);
    }
    // A draft: nothing stops the build; what is left to fill in is named.
    expect(problemsOf(name)).toEqual({
      errors: [],
      warnings: [`content/articles/${name}:11: \`author\`：缺少作者（必填）`, `content/articles/${name}: \`summary\`：没有摘要；列表和分享卡片将不显示导语`],
    });
  });

  it('takes --slug and --author, giving an entry that passes the check once it is no longer a draft', () => {
    expect(runNew('--title', '标题: 带冒号', '--slug', 'my-story', '--author', '王欣').code).toBe(0);
    const file = path.join(articles, 'my-story.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
    expect(problemsOf('my-story.mdx')).toEqual({
      errors: [],
      warnings: ['content/articles/my-story.mdx: `summary`：没有摘要；列表和分享卡片将不显示导语'],
    });
  });

  it('refuses to overwrite an entry, or to take the URL of one', () => {
    const existing = path.join(articles, 'my-story.mdx');
    writeFileSync(existing, 'editor’s text');
    const again = runNew('--title', '另一篇', '--slug', 'my-story');
    expect(again.code).toBe(1);
    expect(again.output).toContain('已有网址相同的文章：content/articles/my-story.mdx。不会覆盖');
    expect(readFileSync(existing, 'utf8')).toBe('editor’s text');

    writeFileSync(path.join(articles, 'other.md'), 'x');
    expect(runNew('--title', '另一篇', '--slug', 'other').code).toBe(1);
    expect(existsSync(path.join(articles, 'other.mdx'))).toBe(false);
  });

  it('rejects a slug that is not lower-case ASCII, and a missing title', () => {
    const bad = runNew('--title', '标题', '--slug', '我的文章');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('只能用小写英文字母、数字和连字符');
    expect(runNew().output).toContain('缺少标题');
  });
});

describe('slugFromTitle()', () => {
  it('keeps Latin words and digits, drops punctuation, and stays short', () => {
    expect(slugFromTitle('环球AI现状:世界并不总是平的')).toBe('huan-qiu-ai-xian-zhuang-shi-jie-bing-bu-zong-shi-ping-de');
    expect(slugFromTitle('抖音“618”')).toBe('dou-yin-618');
    const long = slugFromTitle('中国科技企业正成长为东南亚人工智能界的中流砥柱而且越来越重要了');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
