/** One part of a step, in its own thread (started by runInParts in ./thread-parts.ts): the named function of the named module, run on the job. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PartMessage, PartRun, ThreadPart } from './thread-parts.ts';

/** How often the part says how far it is: a message for every item would cost more than some items. */
const PROGRESS_MS = 250;

const { module, name, job } = workerData as ThreadPart;
const run = (await import(module))[name] as PartRun<unknown, unknown>;
const say = (message: PartMessage) => parentPort!.postMessage(message);
let said = performance.now();
const progress = (done: number) => {
  if (performance.now() - said < PROGRESS_MS) return;
  said = performance.now();
  say({ done });
};
say({ result: run(job, progress) });
