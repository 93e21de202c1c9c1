import { describe, expect, it } from 'vitest';
import { buildMoment, isShown, lastRevised, publication, scheduledSummary } from '../../src/content/publication.ts';
import { parseEntryDate } from '../../src/site/dates.ts';

const date = (text: string) => parseEntryDate(text)!;
const moment = new Date('2024-01-11T00:30:00Z'); // 2024-01-11 08:30 in Beijing

describe('publication()', () => {
  it('publishes an entry dated up to the moment, schedules a later one, and never a draft', () => {
    expect(publication({ draft: false, date: date('2024-01-11 08:30') }, moment)).toBe('published');
    expect(publication({ draft: false, date: date('2024-01-11') }, moment)).toBe('published');
    expect(publication({ draft: false, date: date('2024-01-11 08:31') }, moment)).toBe('scheduled');
    // A bare day goes out at midnight in Beijing.
    expect(publication({ draft: false, date: date('2024-01-12') }, moment)).toBe('scheduled');
    expect(publication({ draft: false, date: date('2024-01-12') }, new Date('2024-01-11T16:00:00Z'))).toBe('published');
    expect(publication({ draft: true, date: date('2020-01-01') }, moment)).toBe('draft');
  });

  it('shows everything without a moment (astro dev), only what is published with one', () => {
    const scheduled = { draft: false, date: date('2030-01-01') };
    expect(isShown(scheduled, undefined)).toBe(true);
    expect(isShown({ draft: true, date: date('2020-01-01') }, undefined)).toBe(true);
    expect(isShown(scheduled, moment)).toBe(false);
  });
});

describe('buildMoment()', () => {
  it('is SOURCE_DATE_EPOCH when set, else the clock', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    expect(buildMoment({ SOURCE_DATE_EPOCH: '1704933000' }, now)).toEqual(new Date('2024-01-11T00:30:00Z'));
    expect(buildMoment({}, now)).toBe(now);
    expect(buildMoment({ SOURCE_DATE_EPOCH: '' }, now)).toBe(now);
  });

  it('rejects an epoch that is not whole seconds, saying what to write', () => {
    expect(() => buildMoment({ SOURCE_DATE_EPOCH: '2024-01-11' })).toThrow(/^SOURCE_DATE_EPOCH 应为 1970-01-01 UTC 以来的秒数（整数，例如 \d+），实际为 “2024-01-11”$/);
  });
});

describe('scheduledSummary()', () => {
  it('says how many entries are scheduled and when the next goes out', () => {
    const entries = [
      { draft: false, date: date('2024-01-13') },
      { draft: false, date: date('2024-01-12 09:00') },
      { draft: false, date: date('2024-01-10') },
      { draft: true, date: date('2024-01-12 08:00') },
    ];
    expect(scheduledSummary(entries, moment)).toBe('定时发布：2 篇文章未到发布时间，本次不发布；最早一篇定于 2024年1月12日 09:00（北京时间）');
    expect(scheduledSummary(entries.slice(2), moment)).toBeUndefined();
  });
});

describe('lastRevised()', () => {
  it('is the latest of the update and the corrections, if any', () => {
    expect(lastRevised({ corrections: [] })).toBeUndefined();
    expect(lastRevised({ updated: date('2024-01-12'), corrections: [] })).toEqual(date('2024-01-12'));
    const corrections = [{ date: date('2024-01-13 10:00') }, { date: date('2024-01-12') }];
    expect(lastRevised({ updated: date('2024-01-13'), corrections })).toEqual(date('2024-01-13 10:00'));
  });
});
