/**
 * Runs a command and measures it: wall time, CPU time and peak memory of its whole process tree.
 * `/usr/bin/time -v` reports the largest single process, not the sum, and Astro's build
 * runs Pagefind's binary beside Node; so the tree is sampled from /proc every 100 ms and
 * the VmRSS of every descendant summed (reading /proc directly: a `ps`-based package would
 * spawn a process per sample on a 2-core machine that is busy building).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { endedChildrenCpuSeconds, statFields } from '../cpu-time.ts';

export interface Measured {
  code: number | null;
  ms: number;
  /** User + system time of the whole tree (NaN off Linux). */
  cpuMs: number;
  peakRssBytes: number;
  output: string;
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}

/** Sum of VmRSS (bytes) over `root` and all its descendants, now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // Field 4 of stat is the parent pid.
    const parent = Number(statFields(readOr(`/proc/${name}/stat`))[1]);
    const siblings = children.get(parent);
    if (siblings) siblings.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readOr(`/proc/${pid}/status`))?.[1];
    total += Number(kb ?? 0) * 1024;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Measured> {
  const started = performance.now();
  // Runs are one at a time, so the CPU of children ended meanwhile is this run's.
  const cpuBefore = endedChildrenCpuSeconds() ?? Number.NaN;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
  });
  let peakRssBytes = 0;
  const sample = () => (peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid!)));
  const timer = setInterval(sample, 100);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuMs = ((endedChildrenCpuSeconds() ?? Number.NaN) - cpuBefore) * 1000;
      resolve({ code, ms: performance.now() - started, cpuMs, peakRssBytes, output });
    });
  });
}

/** Bytes and file count of a folder, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
