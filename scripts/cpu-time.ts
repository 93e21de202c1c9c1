/**
 * CPU seconds (user + system) spent by this process's children that have ended and been
 * waited for, their own waited-for children included: fields 16 and 17 of /proc/self/stat.
 * Linux only, undefined elsewhere. A build's CPU time, unlike its wall time, barely depends
 * on what else the machine is doing, and divided by the cores it is the shortest the build
 * could take however its steps were scheduled (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';

/** Linux reports these times in USER_HZ ticks, fixed at 100 a second for user space. */
const TICKS_PER_SECOND = 100;

export function endedChildrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces, so fields are counted after its ")": field 3 is index 0.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
