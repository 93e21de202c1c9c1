/** What `npm run new` writes: an ASCII slug for the file name, and a commented template. */
import { pinyin } from 'pinyin-pro';

/** Lower-case ASCII letters and digits in dash-separated runs: safe in any URL and file system. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 60;

/** 环球AI现状 → huan-qiu-ai-xian-zhuang: one syllable per Han character, Latin runs kept. */
export function slugFromTitle(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words;
  // Long titles: cut at a syllable boundary.
  const cut = words.lastIndexOf('-', MAX_SLUG_LENGTH);
  return words.slice(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
}

/**
 * The new entry: every field the schema knows, each with a comment saying what it holds. It is
 * a draft, so the site builds (without it) while its fields are still being filled in.
 */
export function newEntrySource({ title, date, author }: { title: string; date: string; author?: string | undefined }): string {
  // JSON strings are valid YAML double-quoted strings: any title is written safely.
  return `---
# 草稿：只在 npm run dev 中显示，正式构建不发布；缺少的必填字段只提醒、不报错。写完后删去这一行即发布。
draft: true
# 类型（必填）：article 是全文；brief 是只存摘录的简讯（不需要作者，但必须有 excerpt）。
type: article
# 标题（必填），照原文录入，标点原样保留。
title: ${JSON.stringify(title)}
# 发布日期（必填），北京时间：YYYY-MM-DD，或带时刻 YYYY-MM-DD HH:MM（例如 2024-01-11 08:30）。晚于构建时间的文章到时才发布（定时发布）。
date: ${date}
# 作者（全文必填）。
author:${author ? ` ${JSON.stringify(author)}` : ''}
# 编辑（可选）。不需要的字段留空即可。
editor:
# 来源媒体（可选），例如 商业密码。
source:
# 标签（可选），例如 [人工智能, 东南亚]。
tags: []
# 摘要，即导语（可选，建议填写；不填会有提醒）。每句一行，行首写 “  - ”。
summary:
# 题图（可选）：原文有题图时写 {}；有说明和图源时写 { caption: 说明, credit: 图源 }。
leadImage:
# 转载声明（可选），显示在正文之后。
disclaimer:
# 相关推荐（可选）：其他文章的文件名（不含 .mdx），按显示顺序，例如 [douyin-xiaoyangge]。
related: []
# 更新时间（可选）：发布后修改了内容时填写，格式同发布日期，不能早于发布日期；显示为 “更新于 …”。
updated:
# 更正（可选）：每条一行，例如 “  - { date: 2024-01-12, text: 本文此前误将营收写为 20 亿元，应为 2 亿元。 }”，显示在文末。
corrections: []
# 摘录（简讯必填）：每段一行，行首写 “  - ”；原文此处有图片时写 “  - imageCredit: 图源”。
excerpt:
---

{/* 正文从下一行开始，段与段之间空一行。插图：<Figure caption="图片说明" credit="图源" />；分节：<SectionBreak />。这行注释不会显示，可以删除。 */}
`;
}
