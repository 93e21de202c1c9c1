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

const beijingMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric' });

/**
 * The calendar month in Beijing, where the news is dated (the archive's months): a bare date,
 * UTC midnight, is 08:00 there on the same day, and a moment late in a UTC day is already the
 * next Beijing day.
 */
export function calendarMonth(date: Date): { year: number; month: number } {
  const parts = Object.fromEntries(beijingMonth.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month) };
}
