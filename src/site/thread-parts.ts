/**
 * A long build step shared out in parts, one per core: the first part runs in this thread (or
 * its own, see runInParts), each other one in a worker thread (./thread-part-worker.ts), which
 * imports the same function by name from its module. The content check and the Traditional twins
 * run this way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A function that does one part of a step, given what it needs as plain data (structured-cloneable); `progress` hears how many of its items are done. */
export type PartRun<Job, Result> = (job: Job, progress: (done: number) => void) => Result;

/** The function that does a part, and where a worker thread finds it: the module's URL and the function's exported name. */
export interface PartWork<Job, Result> {
  module: URL;
  name: string;
  run: PartRun<Job, Result>;
}

/** What a worker thread is given. */
export interface ThreadPart {
  module: string;
  name: string;
  job: unknown;
}

/** A message from a part in its thread: how far it is, or what it made. */
export type PartMessage = { done: number } | { result: unknown };

/**
 * How many parts `items` things make: `requested` if given, else one per core as long as each
 * part has at least `perThread` of them (a thread starts slowly: it loads its modules again).
 */
export function partCount(items: number, perThread: number, requested?: number): number {
  return Math.max(1, Math.min(requested ?? Math.min(availableParallelism(), Math.floor(items / perThread)), items));
}

function runInThread<Job, Result>(work: PartWork<Job, Result>, job: Job, progress: (done: number) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const workerData: ThreadPart = { module: work.module.href, name: work.name, job };
    // Node itself strips the worker's types (a flag before Node 22.18); its warning about that is noise here.
    const worker = new Worker(new URL('./thread-part-worker.ts', import.meta.url), {
      workerData,
      execArgv: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
    });
    worker.on('message', (message: PartMessage) => ('done' in message ? progress(message.done) : resolve(message.result as Result)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`A thread of ${work.name} stopped (exit code ${code}) before it reported`)));
  });
}

/**
 * Each job's result, in the jobs' order: the first job runs here while the others run in their
 * own threads, or with `allInThreads` each in a thread of its own. That pays where the parts have
 * much to do: this thread's heap holds all of Astro's, and a part of the cold content check ran
 * slower here than in a thread; with little to do, the thread's start costs more
 * (docs/benchmarks.md). `progress` hears how many items all parts together have done.
 */
export async function runInParts<Job, Result>(work: PartWork<Job, Result>, jobs: readonly Job[], progress?: (done: number) => void, allInThreads = false): Promise<Result[]> {
  const done = jobs.map(() => 0);
  const heard = (part: number) => (count: number) => {
    done[part] = count;
    progress?.(done.reduce((sum, count) => sum + count, 0));
  };
  if (allInThreads && jobs.length > 1) return Promise.all(jobs.map((job, part) => runInThread(work, job, heard(part))));
  const [own, ...others] = jobs;
  // The other parts start first, so this thread does its own part while they run.
  const running = others.map((job, index) => runInThread(work, job, heard(index + 1)));
  const here = own === undefined ? [] : [Promise.resolve().then(() => work.run(own, heard(0)))];
  return Promise.all([...here, ...running]);
}
