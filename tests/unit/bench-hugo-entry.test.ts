/** The Hugo baseline's conversion of a corpus entry (scripts/bench/hugo-baseline.ts) to plain Markdown and HTML. */
import { expect, it } from 'vitest';
import { hugoEntry } from '../../scripts/bench/hugo-baseline.ts';

const article = `---
title: "标题:一"
date: 2023-01-02
source: "联商网"
tags: [茶饮, IPO]
author: 王欣
summary:
  - "第一句。"
leadImage: { src: ./images/bench-000001-lead.jpg, alt: "门店外景", caption: "说明, 带逗号", credit: "李明摄" }
disclaimer: "声明。"
related:
  - "bench-000002"
---

> “引语”

正文第一段。

<Figure src="./images/bench-000001-body.jpg" alt="货架" caption="货架一角" credit="张三摄" />

<SectionBreak />

<Figure caption="原文的图" credit="受访人提供" />
`;

it('keeps title, date and tags, and puts the standfirst and lead photo at the top of the body', () => {
  const converted = hugoEntry(article);
  expect(converted.split('\n---\n')[0]).toBe('---\ntitle: "标题:一"\ndate: 2023-01-02\ntags: [茶饮, IPO]');
  expect(converted).toContain('**第一句。**\n\n<figure><img src="/articles/images/bench-000001-lead.jpg" alt="门店外景"><figcaption>说明, 带逗号 李明摄</figcaption></figure>');
  expect(converted).not.toContain('bench-000002');
  expect(converted).not.toContain('声明');
});

it('writes Figure as a <figure> and SectionBreak as a thematic break', () => {
  const converted = hugoEntry(article);
  expect(converted).toContain('<figure><img src="/articles/images/bench-000001-body.jpg" alt="货架"><figcaption>货架一角 张三摄</figcaption></figure>');
  expect(converted).toContain('\n***\n');
  expect(converted).toContain('<figure><figcaption>原文的图 受访人提供</figcaption></figure>');
  expect(converted).not.toMatch(/<Figure|<SectionBreak/);
});

it('writes a brief’s excerpt, image credit included, as its body', () => {
  const brief = `---\ntype: brief\ntitle: "快讯"\ndate: 2023-01-03\ntags: [茶饮]\nexcerpt:\n  - "第一段。"\n  - imageCredit: "王五拍摄"\n---\n\n\n`;
  expect(hugoEntry(brief)).toBe('---\ntitle: "快讯"\ndate: 2023-01-03\ntags: [茶饮]\n---\n\n第一段。\n\n王五拍摄\n');
});
