/**
 * One pass over the collection: order, neighbours, related lists, sources, tags, people and
 * the archive by month. Pages ask the catalog instead of re-reading or re-sorting the collection.
 */
import { ContentError, type ContentProblem } from './content-error.ts';
import { calendarMonth, type EntryDate } from '../site/dates.ts';
import { nameSlug, paths, url } from '../site/urls.ts';

export interface CatalogEntry {
  id: string;
  filePath?: string;
  data: {
    title: string;
    date: EntryDate;
    source?: string | undefined;
    tags: string[];
    related: { id: string }[];
    author?: string | undefined;
    editor?: string | undefined;
  };
}

export interface Group<T> {
  name: string;
  entries: T[];
}

/** The entries of one calendar month (Beijing time), newest first. */
export interface ArchiveMonth<T> {
  year: number;
  /** 1 to 12. */
  month: number;
  entries: T[];
}

export interface ArchiveYear<T> {
  year: number;
  /** Newest month first; only months with entries. */
  months: ArchiveMonth<T>[];
  /** How many entries the year holds. */
  count: number;
}

export interface Neighbours<T> {
  /** 上一篇: the next older entry. */
  previous?: T | undefined;
  /** 下一篇: the next newer entry. */
  next?: T | undefined;
}

export interface Catalog<T extends CatalogEntry> {
  /** Newest first; entries of the same date in id order, so every build agrees. */
  entries: T[];
  get(id: string): T | undefined;
  neighbours(id: string): Neighbours<T>;
  related(id: string): T[];
  sources: Group<T>[];
  tags: Group<T>[];
  /** Everyone named in a byline, as author or editor, with the entries that name them. */
  authors: Group<T>[];
  /** Newest year first. */
  archive: ArchiveYear<T>[];
}

const collator = new Intl.Collator('zh-CN');

/** What ordering needs of an entry. */
export interface DatedEntry {
  id: string;
  data: { date: EntryDate };
}

export function compareNewestFirst(a: DatedEntry, b: DatedEntry): number {
  return b.data.date.at.getTime() - a.data.date.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fileOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entry.id;
}

/** What the related check needs of an entry. */
export interface RelatedEntry {
  id: string;
  filePath?: string | undefined;
  data: { related: { id: string }[] };
}

export interface RelatedProblem extends ContentProblem {
  /** Position in the entry's `related` list. */
  index: number;
}

/** Every `related` problem: ids must name existing entries, not the entry itself, and no entry twice. */
export function relatedProblems(entries: RelatedEntry[]): RelatedProblem[] {
  const ids = new Set(entries.map((entry) => entry.id));
  return entries.flatMap((entry) => {
    const seen = new Set<string>();
    return entry.data.related.flatMap(({ id }, index) => {
      const problem = (expected: string): RelatedProblem[] => [{ file: fileOf(entry), field: `related[${index}]`, expected, index }];
      if (!ids.has(id)) return problem(`没有 id 为 “${id}” 的文章（应为 content/articles/ 下某篇文章的文件名，不含扩展名）`);
      if (id === entry.id) return problem(`文章不能把自己列为相关推荐（“${id}”）`);
      if (seen.has(id)) return problem(`“${id}” 在相关推荐中重复出现`);
      seen.add(id);
      return [];
    });
  });
}

/** What the name check needs of an entry. */
export interface NamedEntry {
  id: string;
  filePath?: string | undefined;
  data: { source?: string | undefined; tags: readonly string[]; author?: string | undefined; editor?: string | undefined };
}

interface Byline {
  data: { author?: string | undefined; editor?: string | undefined };
}

/** The byline's names with their fields; an author who edits their own piece is one person, with one page. */
function bylineFields({ data: { author, editor } }: Byline): { field: string; name: string }[] {
  return [...(author ? [{ field: 'author', name: author }] : []), ...(editor && editor !== author ? [{ field: 'editor', name: editor }] : [])];
}

/** The names that get pages, each with the field it is written in and the URL of its page. */
const PAGE_NAMES = [
  { label: '来源', pathOf: paths.source, fields: (entry: NamedEntry) => (entry.data.source === undefined ? [] : [{ field: 'source', name: entry.data.source }]) },
  { label: '标签', pathOf: paths.tag, fields: (entry: NamedEntry) => entry.data.tags.map((name, index) => ({ field: `tags[${index}]`, name })) },
  { label: '署名', pathOf: paths.author, fields: bylineFields },
];

/**
 * Names that would share one page: two spellings with one URL (C# and c#, AI芯片 and AI 芯片),
 * across entries or in one, and a tag written twice in an entry. Names that make no URL are
 * the schema's to report.
 */
export function nameProblems(entries: NamedEntry[]): ContentProblem[] {
  return PAGE_NAMES.flatMap(({ label, pathOf, fields }) => {
    const first = new Map<string, { file: string; field: string; name: string }>();
    return entries.flatMap((entry) => {
      const file = fileOf(entry);
      return fields(entry).flatMap(({ field, name }): ContentProblem[] => {
        const slug = nameSlug(name);
        if (!slug) return [];
        const earlier = first.get(slug);
        if (!earlier) {
          first.set(slug, { file, field, name });
          return [];
        }
        const where = earlier.file === file ? earlier.field : `${earlier.file} 的 ${earlier.field}`;
        if (earlier.name === name) return earlier.file === file ? [{ file, field, expected: `${label} “${name}” 已写在 ${where}；请删去这一个` }] : [];
        const page = decodeURI(url(pathOf(name), '/'));
        return [{ file, field, expected: `${label} “${name}” 与 ${where} “${earlier.name}” 的网址相同（${page}），会并成一页；请统一写成 “${earlier.name}”，或改成另一个名字` }];
      });
    });
  });
}

function groupBy<T extends CatalogEntry>(entries: T[], keys: (entry: T) => string[]): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const list = groups.get(key) ?? [];
      list.push(entry);
      groups.set(key, list);
    }
  }
  return [...groups]
    .map(([name, list]) => ({ name, entries: list }))
    .sort((a, b) => b.entries.length - a.entries.length || collator.compare(a.name, b.name));
}

/** The people a byline names: the author and the editor, once each. */
export function bylineNames(entry: Byline): string[] {
  return bylineFields(entry).map(({ name }) => name);
}

/** Entries already newest first, by year and month; the order carries over. */
function archiveOf<T extends CatalogEntry>(entries: T[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const entry of entries) {
    const { year, month } = calendarMonth(entry.data.date);
    let latestYear = years.at(-1);
    if (latestYear?.year !== year) years.push((latestYear = { year, months: [], count: 0 }));
    let latestMonth = latestYear.months.at(-1);
    if (latestMonth?.month !== month) latestYear.months.push((latestMonth = { year, month, entries: [] }));
    latestMonth.entries.push(entry);
    latestYear.count++;
  }
  return years;
}

/**
 * The catalog of the entries `shown` keeps (src/content/publication.ts decides which): related
 * lists and neighbours name only those, so an entry not published yet is in none of them.
 */
export function buildCatalog<T extends CatalogEntry>(input: T[], shown: (entry: T) => boolean = () => true): Catalog<T> {
  // The pre-build content check reports these with line numbers; this guards every other path.
  const [problem] = [...relatedProblems(input), ...nameProblems(input)];
  if (problem) throw new ContentError(problem);
  const entries = input.filter(shown).sort(compareNewestFirst);
  const index = new Map(entries.map((entry, position) => [entry.id, position]));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const resolvedRelated = new Map(
    entries.map((entry) => [entry.id, entry.data.related.flatMap(({ id }) => byId.get(id) ?? [])]),
  );
  return {
    entries,
    get: (id) => byId.get(id),
    neighbours(id) {
      const position = index.get(id);
      if (position === undefined) return {};
      return { previous: entries[position + 1], next: entries[position - 1] };
    },
    related: (id) => resolvedRelated.get(id) ?? [],
    sources: groupBy(entries, (entry) => (entry.data.source ? [entry.data.source] : [])),
    tags: groupBy(entries, (entry) => entry.data.tags),
    authors: groupBy(entries, bylineNames),
    archive: archiveOf(entries),
  };
}
