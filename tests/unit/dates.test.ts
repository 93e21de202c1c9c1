import { describe, expect, it } from 'vitest';
import { calendarMonth, formatChineseDate, formatEntryDate, isEarlier, isoDay, isoTimestamp, parseEntryDate, todayInChina, writtenDate, year } from '../../src/site/dates.ts';

const day = (text: string) => parseEntryDate(text)!;

describe('dates', () => {
  it('formats a calendar date in Chinese', () => {
    expect(formatChineseDate(new Date('2024-01-11T00:00:00Z'))).toBe('2024年1月11日');
    expect(formatEntryDate(day('2024-09-20'))).toBe('2024年9月20日');
  });

  it.each([
    // A bare day is that day in Beijing, and stays a day.
    ['2024-01-11', '2024-01-10T16:00:00Z', false, '2024年1月11日', '2024-01-11'],
    // A time of day is Beijing time, shown to the minute with its offset.
    ['2024-01-11 08:30', '2024-01-11T00:30:00Z', true, '2024年1月11日 08:30', '2024-01-11T08:30+08:00'],
  ])('reads %s as Beijing time', (written, at, hasTime, shown, timestamp) => {
    const date = day(written);
    expect(date).toEqual({ at: new Date(at), hasTime });
    expect(formatEntryDate(date)).toBe(shown);
    expect(isoTimestamp(date)).toBe(timestamp);
    expect(writtenDate(date)).toBe(written);
    expect(isoDay(date)).toBe('2024-01-11');
  });

  it("gives the day and year in Beijing, even where it is still the day before in UTC", () => {
    const early = day('2025-01-01 00:10');
    expect(isoDay(early)).toBe('2025-01-01');
    expect(year(early)).toBe(2025);
    expect(year(day('2024-12-31'))).toBe(2024);
  });

  it('rejects days and times that do not exist, and other formats', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-01-11 24:00', '2024-01-11 08:60', '2024-01-11T08:30', '2024-01-11 08:30:00', '2024-1-11', '去年某天']) {
      expect(parseEntryDate(text), text).toBeUndefined();
    }
    expect(parseEntryDate('2024-02-29')).toBeDefined();
  });

  it('compares to the minute when both have a time, else by day', () => {
    expect(isEarlier(day('2024-01-11 08:29'), day('2024-01-11 08:30'))).toBe(true);
    expect(isEarlier(day('2024-01-11'), day('2024-01-11 08:30'))).toBe(false);
    expect(isEarlier(day('2024-01-11 07:00'), day('2024-01-11'))).toBe(false);
    expect(isEarlier(day('2024-01-10 23:59'), day('2024-01-11'))).toBe(true);
  });

  it("gives today's date in China (UTC+8), whatever the machine's time zone", () => {
    expect(todayInChina(new Date('2024-01-10T15:59:59Z'))).toBe('2024-01-10');
    expect(todayInChina(new Date('2024-01-10T16:00:00Z'))).toBe('2024-01-11');
    expect(todayInChina(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
  });

  it('gives the calendar month in Beijing, for the archive: a bare date is its own month, a late UTC hour the next Beijing day', () => {
    expect(calendarMonth(day('2024-01-31'))).toEqual({ year: 2024, month: 1 });
    expect(calendarMonth(day('2024-12-01 00:10'))).toEqual({ year: 2024, month: 12 });
    expect(calendarMonth({ at: new Date('2024-12-31T16:30:00Z'), hasTime: true })).toEqual({ year: 2025, month: 1 });
  });
});
