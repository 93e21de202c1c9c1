/**
 * One pass over the collection: order, neighbours, related lists, sources and tags.
 * Pages ask the catalog instead of re-reading or re-sorting the collection.
 */
import { ContentError } from './content-error.ts';

export interface CatalogEntry {
  id: string;
  filePath?: string;
  data: {
    title: string;
    date: Date;
    source?: string | undefined;
    tags: string[];
    related: { id: string }[];
  };
}

export interface Group<T> {
  name: string;
  entries: T[];
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
}

const collator = new Intl.Collator('zh-CN');

export function compareNewestFirst(a: CatalogEntry, b: CatalogEntry): number {
  return b.data.date.getTime() - a.data.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fileOf(entry: CatalogEntry): string {
  return entry.filePath ?? entry.id;
}

/** Check every `related` list: it must name existing entries, not itself, and no entry twice. */
export function checkRelated(entries: CatalogEntry[]): void {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.data.related.forEach(({ id }, index) => {
      const field = `related[${index}]`;
      if (!ids.has(id)) {
        throw new ContentError(fileOf(entry), field, `没有 id 为 “${id}” 的文章（应为 content/ 下某篇文章的文件名，不含扩展名）`);
      }
      if (id === entry.id) {
        throw new ContentError(fileOf(entry), field, `文章不能把自己列为相关推荐（“${id}”）`);
      }
      if (seen.has(id)) {
        throw new ContentError(fileOf(entry), field, `“${id}” 在相关推荐中重复出现`);
      }
      seen.add(id);
    });
  }
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

export function buildCatalog<T extends CatalogEntry>(input: T[]): Catalog<T> {
  checkRelated(input);
  const entries = [...input].sort(compareNewestFirst);
  const index = new Map(entries.map((entry, position) => [entry.id, position]));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const resolvedRelated = new Map(
    entries.map((entry) => [entry.id, entry.data.related.map(({ id }) => byId.get(id) as T)]),
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
  };
}
