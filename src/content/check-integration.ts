/**
 * Checks every entry before Astro reads the collection, so `astro build` and `astro check`
 * (which syncs content first) stop with one line per problem — file:line, field, what was
 * expected — instead of Astro's first schema error and a stack trace. In `astro dev` the
 * problems are logged and the server still starts.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEntry, combineReports, type ContentReport, type EntryReport } from './entry-check.ts';
import { formatProblem } from './content-error.ts';
import { collectionFileNames, entriesFolder, entryFilePath, entryNames, PROFILE_FILES } from './entry-files.ts';
import { checkProfiles } from './profile-check.ts';
import { BodyHandoverWriter, HandedOverBodies } from '../body/body-handover.ts';
import { checkCodeVersion, entryKey, forgetCheckedEntries, mediaDigests, readCheckedEntries, stillHolds, writeCheckedEntries, type CheckedEntries } from './check-reuse.ts';
import { compareNewestFirst, type DatedEntry } from './catalog.ts';
import { bodiesFolder, buildHandover, reportProcessCpu, writeSearchOrder, writeStepCounts } from './check-handover.ts';
import { buildMoment, isShown, scheduledSummary, type PublicationFacts } from './publication.ts';
import type { EntryDate } from '../site/dates.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { progressLine } from '../site/progress-line.ts';
import { partCount, runInParts, type PartWork } from '../site/thread-parts.ts';

/**
 * A thread starts slowly (it loads the parsers again), so it pays for itself only with a
 * few hundred entries to check (docs/benchmarks.md).
 */
const MIN_ENTRIES_PER_THREAD = 500;

export interface CheckJob {
  root: string;
  names: string[];
  /** Where to leave the articles' rendered bodies for their pages (src/body/body-handover.ts). */
  renderedDir?: string | undefined;
  /** Which part of the entries this is, to name its file of rendered bodies. */
  part: number;
  /** What the previous build found in these entries, and the folder of the bodies it rendered, to reuse what still holds. */
  previous?: { found: CheckedEntries; bodies: string | undefined } | undefined;
  /** The check's code version (src/content/check-reuse.ts), if what it finds is kept for the next build. */
  codeVersion?: string | undefined;
}

/** What a part of the check found, and how many of its entries it took from the previous build. */
export interface PartReport {
  reports: EntryReport[];
  found: CheckedEntries;
  reused: number;
}

/** Reads and checks the named entries on their own (in a thread of its own, or this one: src/site/thread-parts.ts); `progress` hears how many are done. */
export function checkFiles({ root, names, renderedDir, part, previous, codeVersion }: CheckJob, progress?: (done: number) => void): PartReport {
  const base = entriesFolder(root);
  const bodies = renderedDir ? new BodyHandoverWriter(renderedDir, part) : undefined;
  const found: CheckedEntries = {};
  const before = previous?.bodies ? new HandedOverBodies(previous.bodies) : undefined;
  let reused = 0;
  const reports = names.map((name, index) => {
    const file = path.join(base, name);
    const entry = { name, file: entryFilePath(root, name), path: file, source: readFileSync(file, 'utf8') };
    const key = codeVersion === undefined ? undefined : entryKey(codeVersion, file, entry.source);
    const last = key === undefined ? undefined : previous?.found[name];
    const body = last?.rendered ? before?.get(entry.file, entry.source) : undefined;
    const reusable = key !== undefined && stillHolds(last, key) && last.rendered === Boolean(body && bodies);
    const { rendered, ...report } = reusable ? { ...last.report, rendered: body } : checkEntry(entry, { render: Boolean(bodies) });
    if (reusable) reused++;
    if (rendered) bodies?.add(entry.file, entry.source, rendered);
    if (key !== undefined) found[name] = reusable ? last : { key, media: mediaDigests(report.mediaFiles), report, rendered: Boolean(rendered) };
    progress?.(index + 1);
    return report;
  });
  bodies?.close();
  return { reports, found, reused };
}

const CHECK_PART: PartWork<CheckJob, PartReport> = { module: new URL(import.meta.url), name: 'checkFiles', run: checkFiles };

/**
 * Checks every entry of the project. The entries are checked in `threads` parts at once (by
 * default one per core, when there are enough entries to pay for a thread), as the check
 * parses every body (its times are in docs/benchmarks.md). With `renderedDir`, each
 * article's body is rendered there too, for its page. With `kept`, what the check finds is
 * kept in that folder, and what it found last time is reused for every entry that is as it was
 * (src/content/check-reuse.ts). `progress` hears how many entries are done, out of how many.
 */
export interface ProjectReport extends ContentReport {
  /** Every entry with valid fields, in file-name order. */
  entries: (DatedEntry & { data: PublicationFacts & { revised: EntryDate | undefined }; videos: string[] })[];
  /** How many entries were checked, and how many of them were taken from the last build. */
  checked: number;
  reused: number;
}

export interface CheckOptions {
  threads?: number;
  renderedDir?: string | undefined;
  kept?: string | undefined;
  progress?: (done: number, total: number) => void;
}

export async function checkProject(root: string, { threads, renderedDir, kept, progress }: CheckOptions = {}): Promise<ProjectReport> {
  const names = entryNames(root);
  const codeVersion = kept === undefined ? undefined : checkCodeVersion(root);
  const previous = kept === undefined || codeVersion === undefined ? {} : readCheckedEntries(kept, codeVersion);
  if (kept !== undefined) forgetCheckedEntries(kept);
  // The bodies are written beside the last build's, which unchanged entries take theirs from, then replace them.
  const writing = renderedDir && `${renderedDir}.${process.pid}.next`;
  if (writing) {
    rmSync(writing, { recursive: true, force: true });
    mkdirSync(writing, { recursive: true });
  }
  const parts = partCount(names.length, MIN_ENTRIES_PER_THREAD, threads);
  const size = Math.ceil(names.length / parts);
  const job = (names: string[], part: number): CheckJob => ({
    root,
    names,
    renderedDir: writing,
    part,
    codeVersion,
    previous: kept === undefined ? undefined : { found: Object.fromEntries(names.flatMap((name) => (previous[name] ? [[name, previous[name]]] : []))), bodies: renderedDir },
  });
  const jobs = Array.from({ length: parts }, (_, part) => job(names.slice(part * size, (part + 1) * size), part));
  // Entries the last build checked with this code are mostly read and hashed again, which costs a thread's start more than it saves.
  const mostlyNew = names.filter((name) => previous[name]).length < names.length / 2;
  const partReports = await runInParts(CHECK_PART, jobs, (done) => progress?.(done, names.length), mostlyNew);
  const reports = partReports.flatMap((part) => part.reports);
  if (renderedDir && writing) {
    rmSync(renderedDir, { recursive: true, force: true });
    try {
      renameSync(writing, renderedDir);
    } catch {
      // Another build of the project put its bodies there meanwhile; the pages take any body only for its own entry text.
      rmSync(writing, { recursive: true, force: true });
    }
  }
  if (kept !== undefined && codeVersion !== undefined) writeCheckedEntries(kept, codeVersion, Object.assign({}, ...partReports.map((part) => part.found)));
  const entries = reports.flatMap(({ id, publication, videos }) => (publication ? [{ id, data: publication, videos }] : []));
  const { errors, warnings } = combineReports(reports);
  // Few and small: checked here, once every byline is known.
  const bylines = new Set(reports.flatMap(({ names }) => [names.author, names.editor].filter((name) => name !== undefined)));
  const profiles = checkProfiles(
    collectionFileNames(root, PROFILE_FILES).map((name) => ({
      name,
      file: entryFilePath(root, name, PROFILE_FILES.base),
      path: path.resolve(root, PROFILE_FILES.base, name),
      source: readFileSync(path.resolve(root, PROFILE_FILES.base, name), 'utf8'),
    })),
    bylines,
  );
  const reused = partReports.reduce((sum, part) => sum + part.reused, 0);
  return { errors: [...errors, ...profiles.errors], warnings: [...warnings, ...profiles.warnings], entries, checked: names.length, reused };
}

/** Stops the build with a message that is the whole story: no stack trace under it. */
function stop(message: string): never {
  const failure = new Error(message);
  failure.stack = '';
  throw failure;
}

/** The content check, and what it learnt for the sitemap: each published article's last change. */
export interface ContentCheck extends AstroIntegration {
  /** A sitemap item (@astrojs/sitemap's `serialize`) with its `lastmod`, if it is an article's page. */
  withLastModified<Item extends { url: string; lastmod?: string | undefined }>(item: Item): Item;
  /** In a build, the video files the published entries play (paths in the entries folder); else undefined. */
  publishedVideos(): readonly string[] | undefined;
}

export default function contentCheck(): ContentCheck {
  const lastModified = new Map<string, string>();
  let videos: string[] | undefined;
  return {
    name: 'news-content-check',
    withLastModified: (item) => {
      const lastmod = lastModified.get(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
    publishedVideos: () => videos,
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // A build's pages take their bodies from the check; in `astro dev` each page renders its
        // own, so an edit to the renderer shows at once.
        const handover = command === 'build' ? buildHandover(fileURLToPath(config.cacheDir)) : undefined;
        const renderedDir = handover && bodiesFolder(handover);
        // For the build's report: Pagefind runs beside Astro, so the CPU time of Astro's process is said apart.
        if (handover) process.once('exit', () => reportProcessCpu(handover));
        // One moment for the whole build, so its pages, search index and sitemap publish the same entries.
        let moment: Date | undefined;
        try {
          moment = command === 'dev' ? undefined : buildMoment();
        } catch (error) {
          stop((error as Error).message);
        }
        updateConfig({
          vite: {
            define: {
              // Only the folder, which stays the same from build to build (the moment reaches the pages
              // through it): a value that changed would make Astro's incremental build skip no page.
              __BUILD_HANDOVER__: handover ? JSON.stringify(handover) : 'undefined',
            },
          },
        });
        const { errors, warnings, entries, checked, reused } = await checkProject(fileURLToPath(config.root), { renderedDir, kept: handover, progress: progressLine((line) => logger.info(line), (done, total) => `内容检查：${done}/${total} 篇`) });
        if (handover) {
          logger.info(`内容检查：${checked} 篇，其中 ${reused} 篇未改动，沿用上次构建的检查结果`);
          writeStepCounts(handover, 'check', { entriesChecked: checked - reused, entriesReused: reused });
        }
        const published = entries.filter((entry) => isShown(entry.data, moment)).sort(compareNewestFirst);
        if (handover) writeSearchOrder(handover, published.map((entry) => entry.id));
        if (command === 'build') {
          for (const { id, data } of published) lastModified.set(absoluteUrl(paths.article(id), config.site!, config.base), (data.revised ?? data.date).at.toISOString());
          videos = [...new Set(published.flatMap((entry) => entry.videos))].sort();
        }
        for (const warning of warnings) logger.warn(formatProblem(warning));
        const scheduled = moment && scheduledSummary(entries.map((entry) => entry.data), moment);
        if (scheduled) logger.info(scheduled);
        if (errors.length === 0) return;
        const report = [`内容检查发现 ${errors.length} 处错误，请逐条修改后重新构建：`, ...errors.map(formatProblem)].join('\n');
        if (command === 'dev') return logger.error(report);
        stop(report);
      },
    },
  };
}
