/**
 * The one schema for everything under content/. src/content.config.ts gives it to Astro
 * (with `reference('articles')` for related ids); the pre-build content check uses the
 * same schema with plain string ids, so both agree on every field and message.
 * Full articles and briefs (相关推荐 entries of which only the excerpt is archived) share a
 * collection so that any entry can list any other in `related`.
 * Messages are for editors: Chinese, naming what the field holds.
 */
import { z } from 'astro/zod';
import { parseIsoDay } from '../site/dates.ts';
import { suggestKey } from './suggest-key.ts';
import { NAME_SLUG_MAX, nameSlug } from '../site/urls.ts';

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${what}（必填）` : `${what}应为文字`) })
    .trim()
    .min(1, `${what}不能为空`);

/**
 * A name that gets its own page (a source, a tag; later an author): its URL is the name's
 * slug (src/site/urls.ts nameSlug), so a name must leave one, of a length a folder can have.
 */
const pageName = (what: string) =>
  text(what)
    // An empty name is text()'s to report.
    .refine((name) => name === '' || nameSlug(name) !== '', {
      error: (issue) => `${what} “${String(issue.input)}” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”`,
    })
    .refine((name) => nameSlug(name).length <= NAME_SLUG_MAX, {
      error: (issue) => `${what} “${String(issue.input)}” 太长，做成的网址超过 ${NAME_SLUG_MAX} 个字；请缩短`,
    });

const DATE_FORMAT = '格式 YYYY-MM-DD（例如 2024-01-11）';

/** A calendar day as UTC midnight; a day that does not exist (2024-02-30) stays as written, and is rejected. */
const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseIsoDay(value.trim()) ?? value) : value),
  z.date({
    error: (issue) =>
      issue.input === undefined
        ? `缺少发布日期（必填），${DATE_FORMAT}`
        : `应为有效日期，${DATE_FORMAT}，实际为 “${String(issue.input)}”`,
  }),
);

/** A strict object whose unknown keys are reported with the closest valid key. */
function fields<Shape extends z.ZodRawShape>(shape: Shape) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKeyMessage(key, keys)).join('；') : undefined,
  });
}

export function unknownKeyMessage(key: string, validKeys: readonly string[]): string {
  const suggestion = suggestKey(key, validKeys);
  return suggestion
    ? `未知字段 \`${key}\`，是否应为 \`${suggestion}\`？`
    : `未知字段 \`${key}\`，可用的字段有：${validKeys.join('、')}`;
}

/** A line of an excerpt, or the credit line of an image that stood there (image not archived). */
const excerptBlock = z.union([text('摘录段落'), fields({ imageCredit: text('图源') })]);

/**
 * The entry schema, given how a `related` id is validated (Astro's reference() in the
 * collection, a plain string in the pre-build check).
 */
export function entrySchema<Id extends z.ZodType>(relatedId: Id) {
  const shared = {
    title: text('标题'),
    date: calendarDate,
    /** The outlet the piece comes from, e.g. 商业密码. */
    source: pageName('来源').optional(),
    tags: z.array(pageName('标签')).default([]),
    /** Ordered ids of other entries (file names without extension), shown as 相关推荐. */
    related: z.array(relatedId).default([]),
  };

  const article = fields({
    type: z.literal('article'),
    ...shared,
    author: text('作者'),
    editor: text('编辑').optional(),
    /** The standfirst (摘要), one sentence or paragraph per line. */
    summary: z.array(text('摘要')).optional(),
    /** The original had a lead image; its file is not archived, so only its words are kept. */
    leadImage: fields({ caption: text('题图说明').optional(), credit: text('图源').optional() }).optional(),
    /** The reprint statement (声明) shown after the body. */
    disclaimer: text('声明').optional(),
    excerpt: z.array(excerptBlock).optional(),
  });

  const brief = fields({
    type: z.literal('brief'),
    ...shared,
    author: text('作者').optional(),
    excerpt: z.array(excerptBlock, { error: '简讯必须有摘录（excerpt），每行一段' }).min(1, '简讯必须有摘录（excerpt），每行一段'),
  });

  return {
    article,
    brief,
    // Entries are full articles unless they say `type: brief`. A key left empty (`editor:`)
    // counts as absent, so a new entry can list every field and fill in only some.
    entry: z.preprocess(
      (data) =>
        data && typeof data === 'object' && !Array.isArray(data)
          ? { type: 'article', ...Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null)) }
          : data,
      z.discriminatedUnion('type', [article, brief], { error: '类型（type）应为 article 或 brief' }),
    ),
  };
}
