/**
 * The editors' content check, run before every build and by `npm run check`: reads each
 * entry the way the build will (frontmatter, schema, MDX) and reports every problem at
 * once, each with its file, line and field, instead of stopping at the first.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit as visitYaml, type Alias, type Document, type YAMLError } from 'yaml';
import { z } from 'astro/zod';
import { nameProblems, relatedProblems, type NamedEntry } from './catalog.ts';
import type { ContentProblem } from './content-error.ts';
import type { EntryDate } from '../site/dates.ts';
import { lastRevised } from './publication.ts';
import { BODY_PHOTOS, entrySchema, photoPath } from './entry-schema.ts';
import { bodyHtmlTree, isPlainAttribute, parseBody, renderAllowedTree, type RenderedBody } from '../body/render-body.ts';
import type { Root as HtmlTree } from 'hast';
import { BODY_COMPONENTS, bodyComponent } from '../body/component-registry.ts';
import { allowListProblems } from './allow-list-check.ts';
import { componentProblems } from './component-check.ts';
import { photoFinding } from './photo-check.ts';
import type { FileFinding } from './media-file.ts';
import { videoFinding } from './video-check.ts';
import { entryId } from './entry-files.ts';
import { suggestKey } from './suggest-key.ts';
import { paths, url } from '../site/urls.ts';

const { entry: schema } = entrySchema(z.string(), photoPath);

/** Components an MDX body may use without importing them (src/body/component-registry.ts). */
const MDX_COMPONENTS = BODY_COMPONENTS.map((component) => component.name);

export interface EntryFile {
  /** Path inside the entries folder, e.g. my-story.mdx. */
  name: string;
  /** Path from the project root, for messages. */
  file: string;
  source: string;
  /**
   * The entry's file on disk, beside which the photos it names are looked for; without it
   * (an entry checked from its text alone) photo files are not opened.
   */
  path?: string;
}

export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

// The same frontmatter block Astro reads (@astrojs/internal-helpers), YAML only.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Frontmatter larger than this is refused before it is parsed: fields are short, and parsing costs time and memory. */
export const FRONTMATTER_MAX_BYTES = 64 * 1024;
/** Aliases (*name) the frontmatter may expand, counted as yaml's toJS counts them (its default). */
const MAX_ALIAS_COUNT = 100;

/** The key a frontmatter line starts with (`title: …` → title), for a problem on that line. */
function keyOnLine(source: string, line: number): string | undefined {
  return /^\s*([\w-]+)\s*:/.exec(source.split('\n')[line - 1] ?? '')?.[1];
}

/**
 * Why toJS() refused the frontmatter's aliases, and where: the first alias (*name) whose anchor
 * (&name) is not set before it, else the first alias, which starts the expansion that ran over.
 */
function aliasProblem(doc: Document): { alias?: Alias; expected: string } {
  const anchors = new Set<string>();
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visitYaml(doc, (_, node) => {
    if (isAlias(node)) {
      first ??= node;
      if (!anchors.has(node.source)) return ((unresolved = node), visitYaml.BREAK);
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  if (unresolved) return { alias: unresolved, expected: `别名 *${unresolved.source} 前面没有对应的锚点 &${unresolved.source}` };
  return { alias: first, expected: '别名（*名字）层层展开后的值过多；请直接写出每个值' };
}

/** What the commonest YAML mistakes mean, in the editors' words. */
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY: '冒号或缩进有误；值里含 “: ”（冒号加空格）时，请给整个值加英文双引号',
  BAD_INDENT: '缩进不对，或方括号没有闭合',
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '缺少引号、括号或冒号',
  MULTILINE_IMPLICIT_KEY: '字段名须与冒号在同一行；请检查这一行和上一行的缩进',
  TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
};

interface Parsed {
  data: Record<string, unknown>;
  /** Line of the deepest existing node on a frontmatter path (the key itself for a map entry). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The body with the frontmatter blanked out, so MDX line numbers are the file's. */
  body: string;
}

function parseEntry(entry: EntryFile, problems: ContentProblem[]): Parsed | undefined {
  const match = FRONTMATTER.exec(entry.source);
  if (!match) return { data: {}, lineOf: () => undefined, body: entry.source };
  const raw = match[1]!;
  const start = match.index + match[0].indexOf('---') + 3;
  const body = entry.source.slice(0, match.index) + match[0].replace(/[^\n]/g, '') + entry.source.slice(match.index + match[0].length);
  if (Buffer.byteLength(raw) > FRONTMATTER_MAX_BYTES) {
    problems.push({ file: entry.file, line: lineAt(entry.source, start), field: 'frontmatter', expected: `frontmatter 超过 ${FRONTMATTER_MAX_BYTES / 1024} KB；正文请写在第二个 --- 之后，frontmatter 里只放字段` });
    return undefined;
  }
  const yaml = parseYaml(entry, raw, start, problems);
  return yaml && { ...yaml, body };
}

/**
 * Parses the YAML `raw`, found at offset `start` of the file's source (the frontmatter, or a
 * whole data file: `whole` names it in problems of no one field), into a map of fields and where each is.
 */
export function parseYaml(entry: EntryFile, raw: string, start: number, problems: ContentProblem[], whole = 'frontmatter'): Omit<Parsed, 'body'> | undefined {
  const at = (offset: number) => lineAt(entry.source, start + offset);
  // YAML 1.2 core, as js-yaml 4 in Astro reads it, except that a date stays a string: js-yaml
  // would turn 2024-02-30 into March 1st, and the schema must see that the day does not exist.
  const doc = parseDocument(raw, { prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    // Later YAML errors usually follow from the first: report that one, where it is.
    const line = at(error.pos[0]);
    const key = keyOnLine(entry.source, line);
    const hint = YAML_HINTS[error.code];
    const reason = error.message.split('\n')[0];
    problems.push({ file: entry.file, line, field: key ?? whole, expected: `不是有效的 YAML：${hint ? `${hint}（${reason}）` : reason}` });
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias to no anchor, or too many aliases (a "billion laughs" that would take all memory).
    const { alias, expected } = aliasProblem(doc);
    const line = alias?.range ? at(alias.range[0]) : at(0);
    problems.push({ file: entry.file, line, field: keyOnLine(entry.source, line) ?? whole, expected: `不是有效的 YAML：${expected}（${(error as Error).message}）` });
    return undefined;
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    problems.push({ file: entry.file, line: at(0), field: whole, expected: '应为 “字段: 值” 的列表' });
    return undefined;
  }
  return { data: (data ?? {}) as Record<string, unknown>, lineOf: (path) => lineOfPath(doc, path, at) };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], at: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : at(offset);
}

/** related[2], leadImage.caption */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

function issueProblems(entry: EntryFile, parsed: Omit<Parsed, 'body'>, issues: z.core.$ZodIssue[], whole = 'frontmatter'): ContentProblem[] {
  return issues.map((issue): ContentProblem => {
    // An unknown key is reported at the key, with the closest valid one (in the message).
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => fieldName([...issue.path, key])).join('、') : fieldName(path);
    return { file: entry.file, line: parsed.lineOf(path), field: field || whole, expected: issue.message };
  });
}

/** What `schema` makes of the parsed fields: the data, or a problem for each issue, at its line. */
export function schemaProblems<Schema extends z.ZodType>(schema: Schema, entry: EntryFile, parsed: Omit<Parsed, 'body'>, whole = 'frontmatter'): { problems: ContentProblem[]; data?: z.infer<Schema> } {
  const result = schema.safeParse(parsed.data);
  return result.success ? { problems: [], data: result.data } : { problems: issueProblems(entry, parsed, result.error.issues, whole) };
}

/**
 * The schema's problems with an entry, and in a draft what it still lacks to be published: the
 * problems the same fields would have without `draft: true` (missing title, date, author…).
 */
function entrySchemaProblems(entry: EntryFile, parsed: Parsed): { problems: ContentProblem[]; unfinished: ContentProblem[]; data?: z.infer<typeof schema> } {
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { problems: issueProblems(entry, parsed, result.error.issues), unfinished: [] };
  const finished = result.data.draft ? schema.safeParse({ ...parsed.data, draft: false }) : undefined;
  const unfinished = finished?.success === false ? issueProblems(entry, parsed, finished.error.issues) : [];
  return { problems: [], unfinished, data: result.data };
}

/**
 * Parses the body as the build renders it (MDX syntax errors, such as unclosed tags, are parse
 * errors), checks the components it uses and holds its HTML to the allow-list. Returns its HTML
 * tree as the allow-list keeps it, with the file, to render.
 */
function checkBody(entry: EntryFile, body: string): { problems: ContentProblem[]; files: FileUse[]; parsed?: { tree: HtmlTree; file: VFile } } {
  const problems: ContentProblem[] = [];
  const fileFindings: FileUse[] = [];
  // A component that is unknown, or whose attributes are wrong, cannot be rendered yet.
  let unrenderable = false;
  const file = new VFile({ path: entry.file, value: body });
  const checkComponents = (tree: Root) =>
    visit(tree, (node) => {
      const line = node.position?.start.line;
      // Braces in the text are code to MDX; only comments ({/* … */}) are meant by editors.
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*(\/\*[\s\S]*\*\/\s*)?$/.test(node.value)) {
        problems.push({ file: entry.file, line, field: '正文', expected: `{${node.value}} 会被当作代码；要写大括号本身，请写成 \\{ 和 \\}` });
        return;
      }
      if (node.type === 'mdxjsEsm') {
        problems.push({ file: entry.file, line, field: '正文', expected: `正文不能写 import 或 export（${MDX_COMPONENTS.map((name) => `<${name}>`).join('、')} 不需要 import）` });
        return;
      }
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const problem = (expected: string) => problems.push({ file: entry.file, line, field: `<${node.name}>`, expected });
      if (!node.attributes.every(isPlainAttribute)) {
        problem(`属性值须写在英文双引号里，例如 caption="图片说明"；不能用 {…}`);
        return;
      }
      const component = bodyComponent(node.name);
      if (component) {
        const problems = componentProblems(component, node);
        for (const expected of problems) problem(expected);
        if (problems.length > 0) unrenderable = true;
        const { path } = entry;
        if (problems.length > 0 || !path) return;
        for (const [name, rule] of Object.entries(component.attributes)) {
          const opens = rule.photo ? photoFinding : rule.video ? videoFinding : undefined;
          const src = opens && node.attributes.find((attribute) => attribute.name === name)?.value;
          if (opens && typeof src === 'string') fileFindings.push({ finding: opens({ ...entry, path }, src), line, field: `<${node.name}> ${name}`, video: Boolean(rule.video) });
        }
      } else if (/^[A-Z]/.test(node.name)) {
        unrenderable = true;
        const suggestion = suggestKey(node.name, MDX_COMPONENTS);
        problem(`未知组件${suggestion ? `，是否应为 <${suggestion}>？` : `，可用的组件有：${MDX_COMPONENTS.map((name) => `<${name}>`).join('、')}`}`);
      }
    });
  try {
    const tree = parseBody(file);
    checkComponents(tree);
    // The renderer refuses such a component (reported above); the HTML is checked once it is fixed.
    if (unrenderable) return { problems, files: fileFindings };
    const allowed = allowListProblems(bodyHtmlTree(tree, file), entry.file);
    problems.push(...allowed.problems);
    return { problems, files: fileFindings, parsed: { tree: allowed.safe, file } };
  } catch (error) {
    // A VFileMessage; for an unclosed tag it has no line, only the tag's range in its reason.
    const { line, reason = (error as Error).message } = error as { line?: number; reason?: string };
    const fromRange = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1]);
    problems.push({ file: entry.file, line: line ?? (fromRange || undefined), field: '正文', expected: `MDX 无法编译：${reason}` });
    return { problems, files: fileFindings };
  }
}

/** A photo or video file the entry names, what is wrong with it and where it is named. */
interface FileUse {
  finding: FileFinding;
  line: number | undefined;
  field: string;
  video?: boolean;
}

/** What the check found in one entry, and what the checks across entries need of it. */
export interface EntryReport extends ContentReport {
  file: string;
  id: string;
  /** The related ids, if the field is a list of strings (anything else is the schema's to report). */
  related: string[];
  /** The line of each related id, for the checks across entries. */
  relatedLines: (number | undefined)[];
  /**
   * The names that get pages: source, tags, author and editor, those that are text (anything
   * else is the schema's to report), as the build trims them. Profiles must be for a byline's.
   */
  names: NamedEntry['data'];
  /** The line of each of them, by field (source, tags[1]). */
  nameLines: Record<string, number | undefined>;
  /** What publishing the entry depends on, and when it was last revised, if its fields are valid. */
  publication?: { date: EntryDate; draft: boolean; revised: EntryDate | undefined };
  /**
   * The video files its body plays, by their paths in the entries folder (media/clip.mp4): a
   * build publishes those of the entries it publishes, and no other (src/body/video-files.ts).
   */
  videos: string[];
  /** The article's body as its page shows it, if asked for and the entry has no error. */
  rendered?: RenderedBody;
  /** The photo and video files the check read (absolute), if any: what it found depends on them too. */
  mediaFiles?: string[];
}

/**
 * Checks one entry on its own: frontmatter, schema and body. Entries need nothing of each other
 * here, so the build spreads them over threads (src/content/check-integration.ts); with
 * `render`, an article's body is also rendered from the tree the check parsed, for its page.
 * A draft may lack what a published entry must have: that is a warning, not an error.
 */
export function checkEntry(entry: EntryFile, { render = false } = {}): EntryReport {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const report: EntryReport = { file: entry.file, id: entryId(entry.name), errors, warnings, related: [], relatedLines: [], names: { tags: [] }, nameLines: {}, videos: [] };
  const parsed = parseEntry(entry, errors);
  if (!parsed) return report;
  const { related, tags } = parsed.data;
  if (Array.isArray(related) && related.every((item) => typeof item === 'string')) {
    report.related = related;
    report.relatedLines = related.map((_, index) => parsed.lineOf(['related', index]));
  }
  for (const field of ['source', 'author', 'editor'] as const) {
    const name = parsed.data[field];
    if (typeof name !== 'string') continue;
    report.names[field] = name.trim();
    report.nameLines[field] = parsed.lineOf([field]);
  }
  if (Array.isArray(tags) && tags.every((item) => typeof item === 'string')) {
    report.names.tags = tags.map((tag) => tag.trim());
    tags.forEach((_, index) => (report.nameLines[`tags[${index}]`] = parsed.lineOf(['tags', index])));
  }
  const { problems, unfinished, data } = entrySchemaProblems(entry, parsed);
  if (Object.hasOwn(parsed.data, BODY_PHOTOS)) {
    problems.push({ file: entry.file, line: parsed.lineOf([BODY_PHOTOS]), field: BODY_PHOTOS, expected: `请删去 \`${BODY_PHOTOS}\`：正文的照片写在正文的 <Figure src="…"> 里，构建时自动收集` });
  }
  const body = checkBody(entry, parsed.body);
  errors.push(...problems, ...body.problems);
  warnings.push(...unfinished);
  if (!data) return report;
  const leadSrc = data.type === 'article' ? data.leadImage?.src : undefined;
  const { path } = entry;
  const files = [...(leadSrc && path ? [{ finding: photoFinding({ ...entry, path }, leadSrc), line: parsed.lineOf(['leadImage', 'src']), field: 'leadImage.src' }] : []), ...body.files];
  report.mediaFiles = files.flatMap(({ finding }) => (finding.file ? [finding.file] : []));
  for (const { finding, line, field } of files) {
    if (finding.error) errors.push({ file: entry.file, line, field, expected: finding.error });
    if (finding.warning) warnings.push({ file: entry.file, line, field, expected: finding.warning });
  }
  report.publication = { date: data.date, draft: data.draft, revised: lastRevised(data) };
  report.videos = [...new Set(body.files.flatMap(({ video, finding }) => (video && finding.name ? [finding.name] : [])))];
  if (render && errors.length === 0 && body.parsed && data.type === 'article') report.rendered = renderAllowedTree(body.parsed.tree, body.parsed.file);
  if (data.type === 'article' && !data.summary?.length) {
    warnings.push({ file: entry.file, field: 'summary', expected: '没有摘要；列表和分享卡片将不显示导语' });
  }
  return report;
}

/** The checks across entries (two files or two names with one URL, related ids), after each entry's own. */
export function combineReports(reports: EntryReport[]): ContentReport {
  const errors = reports.flatMap((report) => report.errors);
  const warnings = reports.flatMap((report) => report.warnings);

  const firstFileOf = new Map<string, string>();
  for (const { file, id } of reports) {
    const first = firstFileOf.get(id);
    if (first) errors.push({ file, field: '文件名', expected: `与 ${first} 的网址相同（${url(paths.article(id), '/')}），只会发布其中一篇；请改其中一个的文件名` });
    else firstFileOf.set(id, file);
  }

  const byFile = new Map(reports.map((report) => [report.file, report]));
  const withRelated = reports.map(({ id, file, related }) => ({ id, filePath: file, data: { related: related.map((item) => ({ id: item })) } }));
  for (const { index, ...problem } of relatedProblems(withRelated)) {
    errors.push({ ...problem, line: byFile.get(problem.file)?.relatedLines[index] });
  }
  for (const problem of nameProblems(reports.map(({ id, file, names }) => ({ id, filePath: file, data: names })))) {
    errors.push({ ...problem, line: byFile.get(problem.file)?.nameLines[problem.field] });
  }
  // A draft may never be published: a published entry cannot count on it (a scheduled one joins the list when it is published).
  const drafts = new Map(reports.flatMap((report) => (report.publication?.draft ? [[report.id, report.file]] : [])));
  for (const report of reports) {
    if (!report.publication || report.publication.draft) continue;
    report.related.forEach((id, index) => {
      const draft = drafts.get(id);
      if (draft) {
        errors.push({ file: report.file, line: report.relatedLines[index], field: `related[${index}]`, expected: `“${id}” 是草稿（${draft}），不会发布；请删去这一项，或等它发布后再加` });
      }
    });
  }
  return { errors, warnings };
}

/** Checks every entry, in this thread. */
export function checkContent(entries: EntryFile[]): ContentReport {
  return combineReports(entries.map((entry) => checkEntry(entry)));
}
