/** The thread of ./render-time-twins.ts: makes, keeps and writes the twin of each page it is handed, until told to stop. */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { traditionalEdition } from './editions.ts';
import { DONE, STOP, type FromTwinThread, type RenderTimeThreadData, type ToTwinThread } from './render-time-twins.ts';
import { twinMaker, writeTwinFile } from './write-edition.ts';

const { making, outDir, shared } = workerData as RenderTimeThreadData;
const counts = new Int32Array(shared);
const maker = twinMaker(making);
const prefix = traditionalEdition(making.variant).prefix;
mkdirSync(making.kept, { recursive: true });
/** The keys of the twins converted here, for the end step to count as made by this build, not taken from an earlier one. */
const made: string[] = [];
/** The key of each twin written into the output folder, by its page's file, for the end step to leave in place. */
const written: Record<string, string> = {};

parentPort!.on('message', (message: ToTwinThread) => {
  if ('stop' in message) {
    parentPort!.postMessage({ made, written } satisfies FromTwinThread);
    return parentPort!.close();
  }
  // Pages still waiting when Astro is done are left to write-edition.ts, which converts on every core.
  if (Atomics.load(counts, STOP)) return;
  const twin = maker.twinOf(message.file, message.bytes);
  if (!twin.reused) made.push(twin.key);
  writeTwinFile(outDir, prefix, message.file, twin.twin);
  written[message.file] = twin.key;
  Atomics.add(counts, DONE, 1);
});
