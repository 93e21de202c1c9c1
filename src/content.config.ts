/**
 * The one schema for everything under content/. Full articles and briefs (相关推荐
 * entries of which only the excerpt is archived) share a collection so that any
 * entry can list any other in `related`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `必填：${what}` : `应为文字：${what}`) })
    .trim()
    .min(1, `不能为空：${what}`);

const calendarDate = z.preprocess(
  (value) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
      ? new Date(`${value.trim()}T00:00:00Z`)
      : value,
  z
    .date({
      error: (issue) =>
        issue.input === undefined
          ? '必填：发布日期，格式 YYYY-MM-DD（例如 2024-01-11）'
          : `应为有效日期，格式 YYYY-MM-DD（例如 2024-01-11），实际为 “${String(issue.input)}”`,
    })
    .refine((date) => !Number.isNaN(date.getTime()), '应为有效日期，格式 YYYY-MM-DD（例如 2024-01-11）'),
);

/** A line of an excerpt, or the credit line of an image that stood there (image not archived). */
const excerptBlock = z.union([text('摘录段落'), z.strictObject({ imageCredit: text('图源') })]);

const shared = {
  title: text('标题'),
  date: calendarDate,
  /** The outlet the piece comes from, e.g. 商业密码. */
  source: text('来源').optional(),
  tags: z.array(text('标签')).default([]),
  /** Ordered ids of other entries (file names without extension), shown as 相关推荐. */
  related: z.array(reference('articles')).default([]),
};

const article = z.strictObject({
  type: z.literal('article'),
  ...shared,
  author: text('作者'),
  editor: text('编辑').optional(),
  /** The standfirst (摘要), one sentence or paragraph per line. */
  summary: z.array(text('摘要')).optional(),
  /** The original had a lead image; its file is not archived, so only its words are kept. */
  leadImage: z.strictObject({ caption: text('题图说明').optional(), credit: text('图源').optional() }).optional(),
  /** The reprint statement (声明) shown after the body. */
  disclaimer: text('声明').optional(),
  excerpt: z.array(excerptBlock).optional(),
});

const brief = z.strictObject({
  type: z.literal('brief'),
  ...shared,
  author: text('作者').optional(),
  excerpt: z.array(excerptBlock).min(1, '简讯必须有摘录（excerpt）'),
});

/** CONTENT_DIR points the build at another content folder (the benchmark's synthetic corpora). */
const contentDir = process.env.CONTENT_DIR ?? './content';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/articles` }),
  // Entries are full articles unless they say `type: brief`.
  schema: z.preprocess(
    (data) => (data && typeof data === 'object' && !('type' in data) ? { ...data, type: 'article' } : data),
    z.discriminatedUnion('type', [article, brief], { error: '类型（type）应为 article 或 brief' }),
  ),
});

export const collections = { articles };
