/** One part of the content check, in its own thread (started by checkProject in ./check-integration.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type CheckJob, type PartMessage } from './check-integration.ts';

const say = (message: PartMessage) => parentPort!.postMessage(message);
say({ report: checkFiles(workerData as CheckJob, (done) => say({ done })) });
