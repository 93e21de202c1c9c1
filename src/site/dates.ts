/**
 * Articles carry a calendar date only (the capture gives no time of day), so every
 * date is handled as a UTC midnight and formatted in UTC: no time zone can shift it.
 */
const chineseDate = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 2024年1月11日 */
export function formatChineseDate(date: Date): string {
  return chineseDate.format(date);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A written day, YYYY-MM-DD (entries' dates, search metadata), as UTC midnight; undefined
 * for any other form or for a day that does not exist (2024-02-30), which JavaScript would
 * silently roll over to another day.
 */
export function parseIsoDay(text: string): Date | undefined {
  if (!ISO_DAY.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === text ? date : undefined;
}

/** 2024-01-11, for <time datetime>, sitemaps and search metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function year(date: Date): number {
  return date.getUTCFullYear();
}

/** Today's calendar day where the editors work (China), as YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
