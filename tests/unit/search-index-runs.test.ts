/** How many Pagefind runs go at once: one while the site is still being written, then all that were asked for. */
import { describe, expect, it } from 'vitest';
import { eachAtMost } from '../../src/search/pagefind-index.ts';

/** Items that each wait to be let go, counting how many run at once. */
function gatedTasks() {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const release = new Map<number, () => void>();
  const task = (item: number) =>
    new Promise<void>((resolve) => {
      running++;
      most = Math.max(most, running);
      started.push(item);
      release.set(item, () => {
        running--;
        resolve();
      });
    });
  return { task, started, release: (item: number) => release.get(item)!(), most: () => most };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('eachAtMost', () => {
  it('runs one at a time until the site is written, then as many as asked, in order', async () => {
    const { task, started, release, most } = gatedTasks();
    let siteWritten!: () => void;
    const done = eachAtMost([0, 1, 2, 3], 2, task, new Promise<void>((resolve) => (siteWritten = resolve)));
    await turn();
    expect(started).toEqual([0]);
    release(0);
    await turn();
    expect(started).toEqual([0, 1]);
    siteWritten();
    await turn();
    expect(started).toEqual([0, 1, 2]);
    release(1);
    release(2);
    await turn();
    release(3);
    await done;
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most()).toBe(2);
  });

  it('starts nothing after a failure, and rejects with it once the running ones end', async () => {
    const started: number[] = [];
    const run = eachAtMost([0, 1, 2], 2, async (item) => {
      started.push(item);
      if (item === 0) throw new Error('Pagefind exited with status 1');
    });
    await expect(run).rejects.toThrow('status 1');
    // The second run may have begun beside the first; none begins after it failed.
    expect(started).not.toContain(2);
  });
});
