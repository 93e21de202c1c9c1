/**
 * `astro dev` follows the entries as editors change them: the collection's loader reloads an
 * entry whose file is added or changed and removes one whose file is deleted, and the page
 * renders the body from the file, as nothing is handed over from a content check in dev.
 */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, startDevServer, type DevServer } from '../support/fixture-site.ts';

const entry = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2024-01-11\nauthor: 王欣\nsummary: [摘要。]\n---\n\n${body}\n`;
/**
 * Writes an entry whole, as editors that save through a temporary file do: a file written in
 * place is empty for a moment, and a reload that reads it then reports the missing fields.
 */
function save(file: string, source: string): void {
  writeFileSync(`${file}.tmp`, source);
  renameSync(`${file}.tmp`, file);
}
/** A reload takes as long as the server needs, which on a machine busy building can be long. */
const RELOAD = { timeout: 60_000, interval: 250 };

describe('astro dev', () => {
  let copy: ReturnType<typeof projectCopy>;
  let server: DevServer;
  const page = async (pathname: string) => {
    const response = await fetch(new URL(pathname, server.url));
    return { status: response.status, html: await response.text() };
  };
  const title = async (pathname: string) => /<title>([^<]*)<\/title>/.exec((await page(pathname)).html)?.[1];

  beforeAll(async () => {
    copy = projectCopy({ 'a.mdx': entry('开发预览', '第一段。\n\n<Figure caption="谷歌湾区总部" />') });
    server = await startDevServer(copy.root);
  });
  afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });

  it('shows an edited title and body on the next request', { timeout: 120_000 }, async () => {
    expect(await title('articles/a/')).toMatch(/^开发预览 - /);
    save(path.join(copy.articles, 'a.mdx'), entry('改过的标题', '改过的第一段。'));
    await expect.poll(() => title('articles/a/'), RELOAD).toMatch(/^改过的标题 - /);
    expect((await page('articles/a/')).html).toContain('改过的第一段。');
    expect((await page('')).html).toContain('改过的标题');
  });

  it('publishes an added entry and drops a deleted one', { timeout: 120_000 }, async () => {
    save(path.join(copy.articles, 'b.md'), entry('新加的一篇', '正文。'));
    await expect.poll(() => title('articles/b/'), RELOAD).toMatch(/^新加的一篇 - /);
    unlinkSync(path.join(copy.articles, 'b.md'));
    await expect.poll(async () => (await page('articles/b/')).status, RELOAD).toBe(404);
    expect(server.output()).not.toMatch(/Failed to reload/);
  });
});
