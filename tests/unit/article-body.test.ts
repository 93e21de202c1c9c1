/** An article page's body: the one this build's content check handed over, else rendered from the entry's file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articleBody } from '../../src/body/article-body.ts';
import { BodyHandoverWriter } from '../../src/body/body-handover.ts';
import { renderBody } from '../../src/body/render-body.ts';

describe('articleBody()', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'article-body-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const rootUrl = pathToFileURL(`${root}/`);
  const SOURCE = '---\ntitle: 甲\n---\n\n第一段。\n\n<SectionBreak />\n';
  mkdirSync(path.join(root, 'articles'));
  writeFileSync(path.join(root, 'articles', 'a.mdx'), SOURCE);

  it('renders the body from the entry file when nothing was handed over, as under astro dev', () => {
    expect(articleBody('articles/a.mdx', rootUrl, undefined)).toEqual(renderBody('\n\n第一段。\n\n<SectionBreak />\n', 'a.mdx'));
  });

  it('takes the body the content check handed over for this build, only for the same file text', () => {
    const handoverDir = mkdtempSync(path.join(os.tmpdir(), 'handed-over-bodies-'));
    try {
      const left = { html: '<p>检查时渲染</p>', readingMinutes: 7, headings: [{ depth: 2, slug: '小标题', text: '小标题' }] };
      const bodies = new BodyHandoverWriter(handoverDir, 0);
      bodies.add('articles/a.mdx', SOURCE, left);
      bodies.add('articles/b.mdx', SOURCE.replace('第一段', '旧的一段'), { html: '<p>旧的一段</p>', readingMinutes: 1, headings: [] });
      bodies.close();
      writeFileSync(path.join(root, 'articles', 'b.mdx'), SOURCE.replace('第一段', '新的一段'));
      expect(articleBody('articles/a.mdx', rootUrl, handoverDir)).toEqual(left);
      // Another version of the file (the entry was edited since) is rendered anew.
      expect(articleBody('articles/b.mdx', rootUrl, handoverDir).html).toContain('新的一段');
    } finally {
      rmSync(handoverDir, { recursive: true, force: true });
    }
  });
});
