/**
 * Checks every entry before Astro reads the collection, so `astro build` and `astro check`
 * (which syncs content first) stop with one line per problem — file:line, field, what was
 * expected — instead of Astro's first schema error and a stack trace. In `astro dev` the
 * problems are logged and the server still starts.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkEntry, combineReports, type ContentReport, type EntryReport } from './entry-check.ts';
import { formatProblem } from './content-error.ts';
import { collectionFileNames, entriesFolder, entryFilePath, entryNames, PROFILE_FILES } from './entry-files.ts';
import { checkProfiles } from './profile-check.ts';
import { BodyHandoverWriter } from '../body/body-handover.ts';
import { compareNewestFirst, type DatedEntry } from './catalog.ts';
import { bodiesFolder, buildHandover, writeSearchOrder } from './check-handover.ts';
import { buildMoment, isShown, scheduledSummary, type PublicationFacts } from './publication.ts';
import type { EntryDate } from '../site/dates.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

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
}

/** Reads and checks the named entries on their own (src/content/check-worker.ts runs this in a thread). */
export function checkFiles({ root, names, renderedDir, part }: CheckJob): EntryReport[] {
  const base = entriesFolder(root);
  const bodies = renderedDir ? new BodyHandoverWriter(renderedDir, part) : undefined;
  const reports = names.map((name) => {
    const file = path.join(base, name);
    const entry = { name, file: entryFilePath(root, name), path: file, source: readFileSync(file, 'utf8') };
    const { rendered, ...report } = checkEntry(entry, { render: Boolean(bodies) });
    if (rendered) bodies?.add(entry.file, entry.source, rendered);
    return report;
  });
  bodies?.close();
  return reports;
}

function checkInThread(job: CheckJob): Promise<EntryReport[]> {
  return new Promise((resolve, reject) => {
    // Node itself strips the worker's types (a flag before Node 22.18); its warning about that is noise here.
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: job,
      execArgv: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check's thread stopped (exit code ${code}) before it reported`)));
  });
}

/**
 * Checks every entry of the project. The entries are checked in `threads` parts at once (by
 * default one per core, when there are enough entries to pay for a thread), as the check
 * parses every body (its times are in docs/benchmarks.md). With `renderedDir`, each
 * article's body is rendered there too, for its page.
 */
export interface ProjectReport extends ContentReport {
  /** Every entry with valid fields, in file-name order. */
  entries: (DatedEntry & { data: PublicationFacts & { revised: EntryDate | undefined }; videos: string[] })[];
}

export async function checkProject(root: string, { threads, renderedDir }: { threads?: number; renderedDir?: string } = {}): Promise<ProjectReport> {
  const names = entryNames(root);
  const worthwhile = Math.min(availableParallelism(), Math.floor(names.length / MIN_ENTRIES_PER_THREAD));
  const parts = Math.max(1, Math.min(threads ?? worthwhile, names.length));
  const size = Math.ceil(names.length / parts);
  const [own = [], ...others] = Array.from({ length: parts }, (_, part) => names.slice(part * size, (part + 1) * size));
  // The other parts start first, so this thread checks its own part while they run.
  const checking = others.map((names, index) => checkInThread({ root, names, renderedDir, part: index + 1 }));
  const reports = checkFiles({ root, names: own, renderedDir, part: 0 });
  for (const part of await Promise.all(checking)) reports.push(...part);
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
  return { errors: [...errors, ...profiles.errors], warnings: [...warnings, ...profiles.warnings], entries };
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
        const handover = command === 'build' ? buildHandover() : undefined;
        const renderedDir = handover && bodiesFolder(handover);
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
              __RENDERED_BODIES__: renderedDir ? JSON.stringify(renderedDir) : 'undefined',
              __PUBLICATION_MOMENT__: moment ? JSON.stringify(moment.toISOString()) : 'undefined',
            },
          },
        });
        const { errors, warnings, entries } = await checkProject(fileURLToPath(config.root), { renderedDir });
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
