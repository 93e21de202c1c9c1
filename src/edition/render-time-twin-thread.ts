/** The thread of ./render-time-twins.ts: makes and keeps the twin of each page it is handed, until told to stop. */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { DONE, STOP, type FromTwinThread, type RenderTimeThreadData, type ToTwinThread } from './render-time-twins.ts';
import { twinMaker } from './write-edition.ts';

const { making, shared } = workerData as RenderTimeThreadData;
const counts = new Int32Array(shared);
const maker = twinMaker(making);
mkdirSync(making.kept, { recursive: true });
/** The keys of the twins converted here, for the end step to count as made by this build, not taken from an earlier one. */
const made: string[] = [];

parentPort!.on('message', (message: ToTwinThread) => {
  if ('stop' in message) {
    parentPort!.postMessage({ made } satisfies FromTwinThread);
    return parentPort!.close();
  }
  // Pages still waiting when Astro is done are left to write-edition.ts, which converts on every core.
  if (Atomics.load(counts, STOP)) return;
  const key = maker.keyOf(message.file, message.bytes);
  if (!maker.isKept(key)) made.push(maker.twinOf(message.file, message.bytes, key).key);
  Atomics.add(counts, DONE, 1);
});
