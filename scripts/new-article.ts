/**
 * npm run new -- --title "标题" [--slug ascii-slug] [--author 作者]
 * Creates content/articles/<slug>.mdx from the commented template, dated today; never
 * overwrites an entry (nor one whose URL would be the same).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInChina } from '../src/site/dates.ts';
import { ENTRY_FILES, entriesFolder, entryId, entryNames } from '../src/content/entry-files.ts';
import { SLUG, newEntrySource, slugFromTitle } from '../src/content/new-entry.ts';
import { paths, url } from '../src/site/urls.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const USAGE = '用法：npm run new -- --title "标题" [--slug ascii-slug] [--author 作者]';

let values: { title?: string | undefined; slug?: string | undefined; author?: string | undefined };
try {
  ({ values } = parseArgs({ options: { title: { type: 'string' }, slug: { type: 'string' }, author: { type: 'string' } } }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const title = values.title?.trim();
if (!title) fail(`缺少标题。${USAGE}`);
const slug = values.slug ?? slugFromTitle(title);
if (!SLUG.test(slug)) {
  fail(values.slug ? `--slug “${slug}” 只能用小写英文字母、数字和连字符，例如 huanqiu-ai-xianzhuang` : `无法从标题生成网址，请用 --slug 指定，例如 --slug my-story`);
}

const root = process.cwd();
const taken = entryNames(root).find((name) => entryId(name) === slug);
if (taken) fail(`已有网址相同的文章：${path.join(ENTRY_FILES.base, taken)}。不会覆盖；请用 --slug 换一个网址。`);

const file = path.join(entriesFolder(root), `${slug}.mdx`);
writeFileSync(file, newEntrySource({ title, date: todayInChina(), author: values.author?.trim() }), { flag: 'wx' });
console.log(`已创建 ${path.relative(process.cwd(), file)}（网址 ${url(paths.article(slug), '/')}）。填好头部信息后运行 npm run check 检查，npm run dev 预览。`);
