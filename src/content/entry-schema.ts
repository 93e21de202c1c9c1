/**
 * The one schema for everything under content/. src/content.config.ts gives it to Astro
 * (with `reference('articles')` for related ids); the pre-build content check uses the
 * same schema with plain string ids, so both agree on every field and message.
 * Full articles and briefs (相关推荐 entries of which only the excerpt is archived) share a
 * collection so that any entry can list any other in `related`.
 * Messages are for editors: Chinese, naming what the field holds.
 */
import { z } from 'astro/zod';
import { suggestKey } from './suggest-key.ts';
import { isEarlier, parseEntryDate, todayInChina, writtenDate, type EntryDate } from '../site/dates.ts';
import { t } from '../site/strings.ts';
import { NAME_SLUG_MAX, nameSlug } from '../site/urls.ts';

/**
 * Astro builds the collection's schema again for each entry (its image() is the entry's own),
 * so each field's schema is made once, by what it holds, and shared: zod schemas do not change.
 */
function madeOnce<Schema>(make: (what: string) => Schema): (what: string) => Schema {
  const made = new Map<string, Schema>();
  return (what) => {
    let schema = made.get(what);
    if (schema === undefined) made.set(what, (schema = make(what)));
    return schema;
  };
}

const text = madeOnce((what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${what}（必填）` : `${what}应为文字`) })
    .trim()
    .min(1, `${what}不能为空`),
);

/**
 * A name that gets its own page (a source, a tag, an author or editor): its URL is the name's
 * slug (src/site/urls.ts nameSlug), so a name must leave one, of a length a folder can have.
 */
const pageName = madeOnce((what: string) =>
  text(what)
    // An empty name is text()'s to report.
    .refine((name) => name === '' || nameSlug(name) !== '', {
      error: (issue) => `${what} “${String(issue.input)}” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”`,
    })
    .refine((name) => nameSlug(name).length <= NAME_SLUG_MAX, {
      error: (issue) => `${what} “${String(issue.input)}” 太长，做成的网址超过 ${NAME_SLUG_MAX} 个字；请缩短`,
    }),
);

const DATE_FORMAT = '格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间，例如 2024-01-11 或 2024-01-11 08:30）';

function isEntryDate(value: unknown): value is EntryDate {
  return typeof value === 'object' && value !== null && (value as EntryDate).at instanceof Date && typeof (value as EntryDate).hasTime === 'boolean';
}

/**
 * A day, or a day and a time of day, in Beijing time (src/site/dates.ts). The check reads the
 * text as written; Astro's YAML reader (js-yaml) has already made a bare day a Date at UTC
 * midnight, which is read back as that day. Any other Date (js-yaml's 2024-01-11 08:30:00, as
 * UTC) the check has rejected as text before Astro sees it.
 */
const entryDate = madeOnce((what: string) =>
  z.preprocess(
    (value) => {
      const written = value instanceof Date && value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value;
      return typeof written === 'string' ? (parseEntryDate(written) ?? value) : value;
    },
    z.custom<EntryDate>(isEntryDate, {
      error: (issue) => (issue.input === undefined ? `缺少${what}（必填），${DATE_FORMAT}` : `应为有效日期，${DATE_FORMAT}，实际为 “${String(issue.input)}”`),
    }),
  ),
);

/** In a draft a field a finished entry must have may be missing, or left blank. */
function blankAsMissing(value: unknown): unknown {
  return typeof value === 'string' && !value.trim() ? undefined : value;
}

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

/** The article field the loader fills with the body's photos. */
export const BODY_PHOTOS = 'bodyPhotos';

/** A photo's file as an editor writes it: a path from the entry's folder (the pre-build check's photoFile). */
export const photoPath = text('图片文件');

/** A line of an excerpt, or the credit line of an image that stood there (image not archived). */
const excerptBlock = z.union([text('摘录段落'), fields({ imageCredit: text('图源') })]);

/** Ordered after its publication: an update or a correction cannot come before it. */
function notBeforePublication(data: { date: EntryDate; updated?: EntryDate | undefined; corrections: { date: EntryDate }[] }, context: z.RefinementCtx) {
  const published = writtenDate(data.date);
  if (data.updated && isEarlier(data.updated, data.date)) {
    context.addIssue({ code: 'custom', path: ['updated'], message: `更新时间 ${writtenDate(data.updated)} 早于发布时间 ${published}；请写发布之后的时间` });
  }
  data.corrections.forEach((correction, index) => {
    if (isEarlier(correction.date, data.date)) {
      context.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: `更正日期 ${writtenDate(correction.date)} 早于发布时间 ${published}；请写发布之后的日期` });
    }
  });
}

/**
 * The entry schema, given how a `related` id is validated (Astro's reference() in the
 * collection, a plain string in the pre-build check) and a photo's file (Astro's image(),
 * which imports it into the image pipeline; the path as written in the check, which looks
 * at the file itself: src/content/photo-check.ts).
 *
 * An entry is an article or a brief, published or a draft (`draft: true`). A draft has the
 * same fields, but those a finished entry must have may be missing: `astro dev` shows it with
 * stand-ins, the check warns about each (src/content/entry-check.ts), and a build leaves it
 * out (src/content/publication.ts). Everything else is checked as in any entry.
 */
/** What an entry's schema holds besides its photos, for each way of validating a `related` id. */
const withoutPhotos = new WeakMap<z.ZodType, unknown>();

function photoFreeParts<Id extends z.ZodType>(relatedId: Id) {
  const shared = {
    title: text('标题'),
    /** Publication: a day, or a day and time (Beijing). A later one than the build's moment is scheduled. */
    date: entryDate('发布日期'),
    /** Set by `npm run new`; removing it publishes the entry. */
    draft: z.literal(false),
    /** The outlet the piece comes from, e.g. 商业密码. */
    source: pageName('来源').optional(),
    tags: z.array(pageName('标签')).default([]),
    /** Ordered ids of other entries (file names without extension), shown as 相关推荐. */
    related: z.array(relatedId).default([]),
    /** When the entry was last revised (更新于), if it was. */
    updated: entryDate('更新时间').optional(),
    /** Corrections (更正) to the published text, each with its date. */
    corrections: z.array(fields({ date: entryDate('更正日期'), text: text('更正说明') })).default([]),
  };
  // Split around the lead image, which takes the entry's own photo schema: the fields keep their order, and so do the problems reported.
  const articleFields = {
    type: z.literal('article'),
    ...shared,
    author: pageName('作者'),
    editor: pageName('编辑').optional(),
    /** The standfirst (摘要), one sentence or paragraph per line. */
    summary: z.array(text('摘要')).optional(),
  };
  const afterLeadImage = {
    /** The reprint statement (声明) shown after the body. */
    disclaimer: text('声明').optional(),
    excerpt: z.array(excerptBlock).optional(),
  };
  const briefFields = {
    type: z.literal('brief'),
    ...shared,
    author: pageName('作者').optional(),
    excerpt: z.array(excerptBlock, { error: '简讯必须有摘录（excerpt），每行一段' }).min(1, '简讯必须有摘录（excerpt），每行一段'),
  };
  // What a draft may leave out, with what `astro dev` shows in its place.
  const unfinished = {
    draft: z.literal(true),
    title: z.preprocess(blankAsMissing, shared.title.default(t.draft.untitled)),
    date: z.preprocess(blankAsMissing, shared.date.default(() => parseEntryDate(todayInChina())!)),
  };
  const brief = fields(briefFields).superRefine(notBeforePublication);
  const draftBrief = fields({ ...briefFields, ...unfinished, excerpt: z.array(excerptBlock).default([]) });
  return { articleFields, afterLeadImage, unfinished, draftAuthor: z.preprocess(blankAsMissing, articleFields.author.optional()), brief, draftBrief };
}

const DRAFT_MESSAGE = '应为 true（草稿）或 false（发布；也可以删去这一行）';

/**
 * The entry schema, given how a `related` id is validated (Astro's reference() in the
 * collection, a plain string in the pre-build check) and a photo's file (Astro's image(),
 * which imports it into the image pipeline; the path as written in the check, which looks
 * at the file itself: src/content/photo-check.ts).
 *
 * An entry is an article or a brief, published or a draft (`draft: true`). A draft has the
 * same fields, but those a finished entry must have may be missing: `astro dev` shows it with
 * stand-ins, the check warns about each (src/content/entry-check.ts), and a build leaves it
 * out (src/content/publication.ts). Everything else is checked as in any entry.
 */
export function entrySchema<Id extends z.ZodType, Photo extends z.ZodType>(relatedId: Id, photoFile: Photo) {
  let parts = withoutPhotos.get(relatedId) as ReturnType<typeof photoFreeParts<Id>> | undefined;
  if (!parts) withoutPhotos.set(relatedId, (parts = photoFreeParts(relatedId)));
  const { unfinished, draftAuthor, brief, draftBrief } = parts;
  const articleFields = {
    ...parts.articleFields,
    /** The lead image (题图): a photo file beside the entry, or only the words of one the archive does not hold. */
    leadImage: fields({ src: photoFile.optional(), alt: text('替代文字').optional(), caption: text('题图说明').optional(), credit: text('图源').optional() })
      // Screen-reader users hear the alt text instead of the photo.
      .refine((image) => image.src === undefined || image.alt !== undefined, { path: ['alt'], error: '有图片文件（src）也必须有替代文字（alt），写照片里有什么，例如 alt: 谷歌湾区总部园区鸟瞰' })
      .optional(),
    ...parts.afterLeadImage,
    /**
     * The body's photos by the src written there: set by the collection's loader from the body
     * (src/content/entry-loader.ts), never by editors (the content check refuses the field).
     */
    [BODY_PHOTOS]: z.record(z.string(), photoFile).optional(),
  };
  const article = fields(articleFields).superRefine(notBeforePublication);
  const draftArticle = fields({ ...articleFields, ...unfinished, author: draftAuthor });

  return {
    article,
    brief,
    // Entries are full articles unless they say `type: brief`, and published unless they say
    // `draft: true`. A key left empty (`editor:`) counts as absent, so a new entry can list
    // every field and fill in only some.
    entry: z.preprocess(
      (data) =>
        data && typeof data === 'object' && !Array.isArray(data)
          ? { type: 'article', draft: false, ...Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null)) }
          : data,
      z.discriminatedUnion(
        'type',
        [z.discriminatedUnion('draft', [article, draftArticle], { error: DRAFT_MESSAGE }), z.discriminatedUnion('draft', [brief, draftBrief], { error: DRAFT_MESSAGE })],
        { error: '类型（type）应为 article 或 brief' },
      ),
    ),
  };
}

/**
 * Profiles of the people bylines name, one optional file each: content/authors/王欣.yaml,
 * named exactly as the byline writes the name. Read by the collection and the content check.
 */
/** The byline name a profile file is for: its file name without the extension. */
export function profileName(fileName: string): string {
  return fileName.replace(/\.ya?ml$/, '');
}

/** Only web addresses: a link an editor writes must not run script on a reader's click. */
const webAddress = z.url({
  protocol: /^https?$/,
  error: (issue) => `${issue.input === undefined ? '缺少网址（必填），' : ''}应为以 https:// 开头的完整网址，例如 https://weibo.com/u/123`,
});

/**
 * A profile: a short bio, an optional photo (a file beside the profile, through the image
 * pipeline as an entry's photos are; its alt text defaults to the person's name) and links to
 * the person elsewhere (their page, column, social accounts). An empty file is an empty profile.
 */
export function profileSchema<Photo extends z.ZodType>(photoFile: Photo) {
  return z.preprocess(
    (data) => data ?? {},
    fields({
      bio: text('简介').optional(),
      photo: photoFile.optional(),
      photoAlt: text('照片替代文字').optional(),
      links: z.array(fields({ url: webAddress, label: text('链接名称').optional() })).default([]),
    }),
  );
}
