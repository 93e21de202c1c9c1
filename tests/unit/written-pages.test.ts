/** Which pages `astro build` has written, from its own list, for a search index that starts while Astro renders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageLine, WrittenPages } from '../../scripts/written-pages.ts';

const site = mkdtempSync(path.join(tmpdir(), 'written-pages-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const PAGE = '<!DOCTYPE html><html lang="zh-CN"><head></head><body><p>正文</p></body></html>\n';
/** Writes `file` in the site, whole or only its first part, as Astro's write is seen halfway. */
const write = (file: string, whole = true) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), whole ? PAGE : PAGE.slice(0, 40));
};

const settled = async (promise: Promise<void>) => {
  let state = 'pending';
  promise.then(() => (state = 'resolved'), () => (state = 'rejected'));
  // Longer than the wait between two looks at a half-written file.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return state;
};

describe('pageLine', () => {
  it('reads the file and how it was made from the lines of Astro’s list, colours or not', () => {
    expect(pageLine('23:50:22   ├─ /articles/bench-008480/index.html (+21ms) ')).toEqual({ file: 'articles/bench-008480/index.html', made: 'rendered' });
    expect(pageLine('  └─ /tags/人工智能/2/index.html (+1.02s)')).toEqual({ file: 'tags/人工智能/2/index.html', made: 'rendered' });
    expect(pageLine('  \u001b[32m├─\u001b[39m \u001b[2m/about/index.html\u001b[22m \u001b[32m(cached)\u001b[39m')).toEqual({ file: 'about/index.html', made: 'cached' });
    expect(pageLine('  ├─ /404.html (restored)')).toEqual({ file: '404.html', made: 'restored' });
  });

  it('takes no other line for a page', () => {
    expect(pageLine('23:51:42 ✓ Completed in 1m 43s.')).toBeUndefined();
    expect(pageLine('  ▶ /_astro/site-logo.CF7MfyIJ_ZuAVGp.png (reused cache entry) (+5ms) (2/2)')).toBeUndefined();
    // Said before the page is rendered: the file is not written yet.
    expect(pageLine('  ├─ /articles/x/index.html')).toBeUndefined();
  });
});

describe('WrittenPages', () => {
  it('resolves a wait once every page of it is listed, in any order, and its file is whole', async () => {
    // Made before Astro writes: the files below are this build's.
    const written = new WrittenPages(site, Date.now() - 1000);
    for (const file of ['a/index.html', 'b/index.html']) write(file);
    write('c/index.html', false);
    written.add('a/index.html', 'rendered');
    const bundle = written.whenWritten(['a/index.html', 'b/index.html', 'c/index.html']);
    written.add('c/index.html', 'rendered');
    expect(await settled(bundle)).toBe('pending');
    written.add('b/index.html', 'cached');
    // Listed, but c's file is only half there.
    expect(await settled(bundle)).toBe('pending');
    write('c/index.html');
    await expect(bundle).resolves.toBeUndefined();
    expect(await settled(written.whenWritten(['a/index.html']))).toBe('resolved');
  });

  it('waits for a rendered page to be written again, while the last build’s page is still in its place', async () => {
    write('kept/index.html');
    write('rendered/index.html');
    // As Astro lists them: one it skipped, one it rendered but whose file is still the old one.
    const written = new WrittenPages(site, Date.now() + 60_000);
    written.add('kept/index.html', 'cached');
    written.add('rendered/index.html', 'rendered');
    expect(await settled(written.whenWritten(['kept/index.html']))).toBe('resolved');
    const rendered = written.whenWritten(['rendered/index.html']);
    expect(await settled(rendered)).toBe('pending');
    const later = new WrittenPages(site, Date.now() - 60_000);
    later.add('rendered/index.html', 'rendered');
    expect(await settled(later.whenWritten(['rendered/index.html']))).toBe('resolved');
    written.end();
    expect(await settled(rendered)).toBe('resolved');
  });

  it('starts with the first page, whichever it is', async () => {
    const written = new WrittenPages(site);
    const started = written.whenStarted();
    expect(await settled(started)).toBe('pending');
    written.add('404.html', 'rendered');
    expect(await settled(started)).toBe('resolved');
    expect(await settled(written.whenStarted())).toBe('resolved');
  });

  it('resolves every wait once Astro has exited, and rejects them if it failed', async () => {
    const done = new WrittenPages(site);
    const waiting = done.whenWritten(['never/index.html']);
    done.end();
    expect(await settled(waiting)).toBe('resolved');
    expect(await settled(done.whenWritten(['later/index.html']))).toBe('resolved');

    const failed = new WrittenPages(site);
    const started = failed.whenStarted();
    const bundle = failed.whenWritten(['x/index.html']);
    failed.end(new Error('astro build exited with status 1'));
    await expect(started).rejects.toThrow('status 1');
    await expect(bundle).rejects.toThrow('status 1');
    await expect(failed.whenWritten(['y/index.html'])).rejects.toThrow('status 1');
  });
});
