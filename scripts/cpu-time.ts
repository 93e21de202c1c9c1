/**
 * CPU seconds (user + system) spent by this process's children that have ended and been
 * waited for, their own waited-for children included: fields 16 and 17 of /proc/self/stat.
 * Linux only, undefined elsewhere. Divided by the cores, a build's CPU time is the shortest
 * it could take however its steps were scheduled (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';

/**
 * The fields of a /proc/<pid>/stat line from field 3 on (index 0 is field 3): the command
 * name, field 2, may contain spaces and parentheses, so fields are counted after its last ")".
 */
export function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Linux reports these times in USER_HZ ticks, fixed at 100 a second for user space. */
const TICKS_PER_SECOND = 100;

export function endedChildrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  const fields = statFields(stat);
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
