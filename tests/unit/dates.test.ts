import { describe, expect, it } from 'vitest';
import { formatChineseDate, isoDate, year } from '../../src/lib/dates.ts';

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
});
