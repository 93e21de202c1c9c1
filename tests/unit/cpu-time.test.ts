import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { endedChildrenCpuSeconds, statFields } from '../../scripts/cpu-time.ts';

// The child's CPU reaches Linux's count through its parent, Node's process here, once waited for.
const BUSY_MS = 300;
const busyChild = `const start = process.cpuUsage(); while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < ${BUSY_MS}) {}`;

describe.runIf(process.platform === 'linux')('endedChildrenCpuSeconds()', () => {
  it('counts the CPU time of a child once it has ended', () => {
    const before = endedChildrenCpuSeconds()!;
    const child = spawnSync(process.execPath, ['-e', busyChild]);
    expect(child.status).toBe(0);
    const after = endedChildrenCpuSeconds()!;
    // At least what the child measured of itself, less one 10 ms tick of rounding.
    expect(after - before).toBeGreaterThanOrEqual(BUSY_MS / 1000 - 0.01);
  });

  it('counts a grandchild too, when its parent waited for it', () => {
    const before = endedChildrenCpuSeconds()!;
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busyChild)}])`;
    expect(spawnSync(process.execPath, ['-e', parent]).status).toBe(0);
    expect(endedChildrenCpuSeconds()! - before).toBeGreaterThanOrEqual(BUSY_MS / 1000 - 0.01);
  });
});

describe('statFields()', () => {
  it('counts fields after the command name, even one with spaces and parentheses', () => {
    const stat = '4242 (node (a) b) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 30 12 3 20 0 1';
    const fields = statFields(stat);
    expect(fields[0]).toBe('S'); // field 3, the state
    expect(fields[1]).toBe('17'); // field 4, the parent
    expect(fields.slice(11, 15)).toEqual(['250', '30', '12', '3']); // fields 14-17: utime, stime, cutime, cstime
  });
});
