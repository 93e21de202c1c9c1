import { describe, expect, it } from 'vitest';
import { formatChineseDate, isoDate, parseIsoDay, todayInChina, year } from '../../src/site/dates.ts';

describe('dates', () => {
  const date = new Date('2024-01-11T00:00:00Z');

  it('formats a calendar date in Chinese', () => {
    expect(formatChineseDate(date)).toBe('2024年1月11日');
    expect(formatChineseDate(new Date('2024-09-20T00:00:00Z'))).toBe('2024年9月20日');
  });

  it('is not shifted by the time zone of the machine (dates are UTC calendar days)', () => {
    expect(isoDate(date)).toBe('2024-01-11');
    expect(isoDate(new Date('2024-12-31T00:00:00Z'))).toBe('2024-12-31');
    expect(year(new Date('2024-12-31T00:00:00Z'))).toBe(2024);
  });

  it('reads YYYY-MM-DD days only, and only days that exist', () => {
    expect(parseIsoDay('2024-01-11')?.toISOString()).toBe('2024-01-11T00:00:00.000Z');
    expect(parseIsoDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const text of ['2024-1-11', '2024-01-11T08:00', ' 2024-01-11', '2024-02-30', '2023-02-29', '2024-13-01', '']) expect(parseIsoDay(text), text).toBeUndefined();
  });

  it("gives today's date in China (UTC+8), whatever the machine's time zone", () => {
    expect(todayInChina(new Date('2024-01-10T15:59:59Z'))).toBe('2024-01-10');
    expect(todayInChina(new Date('2024-01-10T16:00:00Z'))).toBe('2024-01-11');
    expect(todayInChina(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
  });
});
