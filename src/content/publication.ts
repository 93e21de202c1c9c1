/**
 * What a production build publishes: neither drafts (`draft: true`) nor entries dated after the
 * build's moment (scheduled). This is the one rule; everything that lists entries takes them
 * through it: every page, list and the feed through getCatalog() (src/content/collection.ts),
 * the search index's order and the sitemap's dates through the content check
 * (src/content/check-integration.ts), with the same moment: the check hands the pages the entries it published.
 * `astro dev` has no moment and shows everything, drafts and scheduled entries marked as such.
 */
import { formatEntryDate, type EntryDate } from '../site/dates.ts';

export interface PublicationFacts {
  draft: boolean;
  date: EntryDate;
}

export type Publication = 'published' | 'draft' | 'scheduled';

/**
 * The moment a build publishes at: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention: the same content and epoch give the same site) when set, else the clock.
 */
export function buildMoment(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return now;
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH 应为 1970-01-01 UTC 以来的秒数（整数，例如 ${Math.floor(now.getTime() / 1000)}），实际为 “${epoch}”`);
  }
  return new Date(Number(epoch) * 1000);
}

export function publication(data: PublicationFacts, moment: Date): Publication {
  if (data.draft) return 'draft';
  return data.date.at.getTime() > moment.getTime() ? 'scheduled' : 'published';
}

/** Whether an entry is shown: published at the build's moment, or anything in `astro dev` (no moment). */
export function isShown(data: PublicationFacts, moment: Date | undefined): boolean {
  return moment === undefined || publication(data, moment) === 'published';
}

/** The build's one line about scheduled entries (how many, and when the next goes out), if there are any. */
export function scheduledSummary(entries: readonly PublicationFacts[], moment: Date): string | undefined {
  const scheduled = entries.filter((data) => publication(data, moment) === 'scheduled').map((data) => data.date);
  if (scheduled.length === 0) return undefined;
  const next = scheduled.reduce((soonest, date) => (date.at < soonest.at ? date : soonest));
  return `定时发布：${scheduled.length} 篇文章未到发布时间，本次不发布；最早一篇定于 ${formatEntryDate(next)}（北京时间）`;
}

export interface RevisionFacts {
  updated?: EntryDate | undefined;
  corrections: readonly { date: EntryDate }[];
}

/** When a published entry last changed, if it has: its update or its latest correction (JSON-LD dateModified, the sitemap, the feed). */
export function lastRevised(data: RevisionFacts): EntryDate | undefined {
  const revisions = [...(data.updated ? [data.updated] : []), ...data.corrections.map((correction) => correction.date)];
  return revisions.reduce<EntryDate | undefined>((latest, date) => (!latest || date.at > latest.at ? date : latest), undefined);
}
