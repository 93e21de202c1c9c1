/** One part of the content check, in its own thread (started by checkProject in ./check-integration.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type CheckJob } from './check-integration.ts';

parentPort!.postMessage(checkFiles(workerData as CheckJob));
