/**
 * Dates as editors write them: a calendar day (2024-01-11), or a day with a time of day
 * (2024-01-11 08:30), always Beijing time. An EntryDate remembers which it was, so a bare day
 * is shown and published as a day, and a time is shown to the minute. China has kept UTC+8
 * all year since 1991, so Beijing's wall clock is the moment plus eight hours: formatting reads
 * that wall clock in UTC, and no time zone of the machine building the site can shift a date.
 */

/** A publication, update or correction date. Plain data, so Astro's data store keeps it as is. */
export interface EntryDate {
  /** The moment: the written time in Beijing, or the start of the written day there. */
  at: Date;
  /** Whether a time of day was written (2024-01-11 08:30), not only a day (2024-01-11). */
  hasTime: boolean;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const BEIJING_OFFSET = '+08:00';
const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/** Beijing's wall clock at a moment, as a Date to read in UTC. */
function wallClock(at: Date): Date {
  return new Date(at.getTime() + BEIJING_OFFSET_MS);
}

/**
 * `2024-01-11` or `2024-01-11 08:30` (Beijing time). A day or time that does not exist
 * (2024-02-30, 24:00) is rejected: JavaScript would silently roll it over to another.
 */
export function parseEntryDate(text: string): EntryDate | undefined {
  const match = WRITTEN.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour, minute));
  const exists =
    wall.getUTCFullYear() === year && wall.getUTCMonth() === month! - 1 && wall.getUTCDate() === day && wall.getUTCHours() === hour && wall.getUTCMinutes() === minute;
  return exists ? { at: new Date(wall.getTime() - BEIJING_OFFSET_MS), hasTime: match[4] !== undefined } : undefined;
}

const chineseDate = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 2024年1月11日, for a calendar day held as a UTC midnight (a search result's date). */
export function formatChineseDate(day: Date): string {
  return chineseDate.format(day);
}

/** HH:MM of Beijing's wall clock. */
function clockTime(date: EntryDate): string {
  return wallClock(date.at).toISOString().slice(11, 16);
}

/** 2024年1月11日, or 2024年1月11日 08:30 when a time was written. */
export function formatEntryDate(date: EntryDate): string {
  const day = formatChineseDate(wallClock(date.at));
  return date.hasTime ? `${day} ${clockTime(date)}` : day;
}

/** The Beijing day, 2024-01-11: the search index's date, sorting and filters. */
export function isoDay(date: EntryDate): string {
  return wallClock(date.at).toISOString().slice(0, 10);
}

/**
 * 2024-01-11, or 2024-01-11T08:30+08:00 with a time: for <time datetime>, JSON-LD, Open Graph
 * and the feed. A bare day stays a day rather than becoming a midnight nobody wrote.
 */
export function isoTimestamp(date: EntryDate): string {
  return date.hasTime ? `${isoDay(date)}T${clockTime(date)}${BEIJING_OFFSET}` : isoDay(date);
}

/** As editors write it: 2024-01-11 or 2024-01-11 08:30 (for messages to them). */
export function writtenDate(date: EntryDate): string {
  return date.hasTime ? `${isoDay(date)} ${clockTime(date)}` : isoDay(date);
}

export function year(date: EntryDate): number {
  return wallClock(date.at).getUTCFullYear();
}

/**
 * Whether `a` is before `b` as written: to the minute when both have a time, else by day (an
 * update dated only 2024-01-11 is not earlier than a publication at 08:30 that day).
 */
export function isEarlier(a: EntryDate, b: EntryDate): boolean {
  return a.hasTime && b.hasTime ? a.at.getTime() < b.at.getTime() : isoDay(a) < isoDay(b);
}

/** Today's calendar day where the editors work (China), as YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return isoDay({ at: now, hasTime: true });
}

/** The calendar month in Beijing, where the news is dated: the archive's months. */
export function calendarMonth(date: EntryDate): { year: number; month: number } {
  const wall = wallClock(date.at);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1 };
}
