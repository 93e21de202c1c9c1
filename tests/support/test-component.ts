/** A body component for tests only, with what the site's own do not have yet: a value format, content inside its tags and an HTML tag it stands for. */
import { h } from 'hastscript';
import { defineBodyComponent } from '../../src/body/body-component.ts';

export const TestQuote = defineBodyComponent({
  name: 'TestQuote',
  attributes: {
    source: { label: '出处', required: true, example: '新华社' },
    href: { label: '原文链接', example: 'https://example.org/a', format: { pattern: /^https:\/\/\S+$/, expected: '应为 https:// 开头的网址' } },
  },
  children: { label: '引文', example: '一段引文' },
  markup: { blockquote: ['className'], footer: [], a: ['href'] },
  insteadOf: ['marquee'],
  render: ({ source, href }, children) =>
    h('blockquote', { className: ['test-quote'] }, [...children, h('footer', [href ? h('a', { href }, source) : (source ?? '')])]),
});
