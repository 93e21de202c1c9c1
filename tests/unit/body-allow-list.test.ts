/**
 * The allow-list for bodies as the renderer applies it, whatever the content check said: each
 * hostile line comes out inert in .md and .mdx alike, and what an editor may write comes out
 * as written. The check's messages for the same lines are tested through a real build
 * (tests/content/hostile-bodies.test.ts); here, that the check and the renderer agree.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/body/render-body.ts';
import { bodyHtml, check, entry, FULL } from '../support/body-check.ts';
import { HOSTILE_LINES, INERT } from '../support/hostile-bodies.ts';

const FORMATS = ['a.md', 'a.mdx'] as const;

describe.each(FORMATS)('the renderer, in %s', (file) => {
  it.each(HOSTILE_LINES.map(([kind, line]) => [kind, line] as const))('leaves %s inert', (_, line) => {
    const { html } = renderBody(`前文。\n\n${line}\n\n后文。`, file);
    expect(html).not.toMatch(INERT);
    // The article around it stays.
    expect(html).toContain('<p>前文。</p>');
    expect(html).toContain('<p>后文。</p>');
  });

  it('keeps the text of a refused tag that has text, and drops a script’s', () => {
    const $ = bodyHtml('<marquee>快讯</marquee>\n\n<script>alert(1)</script>\n\n<style>@import url(https://evil.example/x.css);</style>', file);
    expect($.text().trim()).toBe('快讯');
  });

  it('keeps what an editor may write, as written', () => {
    const body = [
      'H<sub>2</sub>O，10<sup>2</sup>，第一行<br />第二行。',
      '<a href="https://example.com/a?b=1#c" title="原文">原文</a>、<a href="http://example.com/">旧站</a>、<a href="/articles/other/">站内</a>、<a href="../other/">相对</a>、<a href="#notes">注</a>、<a href="mailto:editor@example.com">来信</a>、<a href="tel:+86-10-12345678">电话</a>。',
      '<abbr title="人工智能">AI</abbr>、<mark>重点</mark>、<small>附注</small>、<cite>红楼梦</cite>、<u>专名</u>、<kbd>Ctrl</kbd>、<del>旧</del><ins>新</ins>。',
      '<details>\n  <summary>展开全文</summary>\n  详情。\n</details>',
      '<h2 id="notes">注释</h2>',
      '| 公司 | 营收 |\n| :-- | --: |\n| 甲 | 1 |',
      '<blockquote cite="https://example.com/q">引文</blockquote>',
      '<div data-pagefind-ignore>编者按</div>',
    ].join('\n\n');
    expect(check({ [file]: entry(FULL, body) }).errors).toEqual([]);
    const $ = bodyHtml(body, file);
    expect($('sub').text()).toBe('2');
    expect($('sup').text()).toBe('2');
    expect($('br')).toHaveLength(1);
    expect($('a').map((_, link) => link.attribs.href).get()).toEqual([
      'https://example.com/a?b=1#c',
      'http://example.com/',
      '/articles/other/',
      '../other/',
      '#notes',
      'mailto:editor@example.com',
      'tel:+86-10-12345678',
    ]);
    expect($('a').first().attr('title')).toBe('原文');
    expect($('abbr').attr('title')).toBe('人工智能');
    expect(['mark', 'small', 'cite', 'u', 'kbd', 'del', 'ins'].map((tag) => $(tag).text())).toEqual(['重点', '附注', '红楼梦', '专名', 'Ctrl', '旧', '新']);
    expect($('details > summary').text()).toBe('展开全文');
    expect($('details').text()).toContain('详情。');
    // An id as written, not prefixed: the link to it (#notes) still leads there.
    expect($('h2').attr('id')).toBe('notes');
    expect($('th, td').map((_, cell) => cell.attribs.align ?? '').get()).toEqual(['left', 'right', 'left', 'right']);
    expect($('blockquote').attr('cite')).toBe('https://example.com/q');
    expect($('div[data-pagefind-ignore]').text()).toBe('编者按');
  });
});

describe('a task list', () => {
  it.each(FORMATS)('keeps its checkboxes in %s, where a written <input> is refused', (file) => {
    const $ = bodyHtml('- [x] 完成\n- [ ] 未完成', file);
    expect($('li input[type="checkbox"][disabled]').map((_, box) => box.attribs.checked !== undefined).get()).toEqual([true, false]);
    expect(check({ [file]: entry(FULL, '- [x] 完成\n\n<input />') }).errors).toEqual([
      `content/articles/${file}:10: \`<input>\`：文章里不能有表单；请删去，需要时改成链接（勾选清单请写成 “- [x] 事项”）`,
    ]);
  });
});

describe('the content check and the renderer', () => {
  it.each(FORMATS)('in %s, the check refuses exactly what the renderer takes out', (file) => {
    for (const [kind, line, messages] of HOSTILE_LINES) {
      const errors = check({ [file]: entry(FULL, line) }).errors;
      expect(errors, kind).toEqual(messages.map(([field, expected]) => `content/articles/${file}:8: \`${field}\`：${expected}`));
    }
  });
});
