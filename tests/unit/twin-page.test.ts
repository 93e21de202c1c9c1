/** What a Traditional twin converts of a page, on pages written here rather than built. */
import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '../../src/edition/convert.ts';
import { simplifiedEdition, traditionalEdition } from '../../src/edition/editions.ts';
import { twinPage } from '../../src/edition/twin-page.ts';

const edition = traditionalEdition('twp');
const context = { edition, convert: traditionalConverter('twp', []), base: '/', home: 'https://example.org/', hasTwin: () => true };
const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>软件</title></head><body>${body}</body></html>`;

describe('twinPage', () => {
  it("converts a link an editor marks with another language, and leaves the editions' own links as they are", () => {
    const twin = twinPage(
      page(
        `<p><a href="https://example.com/en" hreflang="en">软件原文</a></p>` +
          `<p lang="${edition.lang}"><a href="/zh-hant/" hreflang="${edition.lang}">本页有繁体中文版</a></p>` +
          `<p><a href="/" hreflang="${simplifiedEdition.lang}">简体版</a></p>`,
      ),
      context,
    );
    expect(twin).toContain('hreflang="en">軟體原文</a>');
    expect(twin).toContain(`hreflang="${edition.lang}">本页有繁体中文版</a>`);
    expect(twin).toContain(`hreflang="${simplifiedEdition.lang}">简体版</a>`);
    expect(twin).toContain('<title>軟體</title>');
  });

  it("leads any attribute that holds one of this site's page URLs to the twin, and leaves other values", () => {
    const twin = twinPage(
      page(`<section data-share-url="https://example.org/articles/x/" data-count="https://example.com/articles/x/"><input id="share-address" value="https://example.org/articles/x/"><ol><li value="3">一</li></ol></section>`),
      context,
    );
    expect(twin).toContain('data-share-url="https://example.org/zh-hant/articles/x/"');
    expect(twin).toContain('value="https://example.org/zh-hant/articles/x/"');
    expect(twin).toContain('data-count="https://example.com/articles/x/"');
    expect(twin).toContain('<li value="3">');
  });

  it('keeps scripts, styles and entities as written, converts quoted and template text, and keeps SVG names', () => {
    const script = `<script type="module">const a = '软件' < 1 && "&amp;";</script><style>p::before{content:"软件 &amp;"}</style>`;
    const twin = twinPage(
      page(
        script +
          `<p title='软件 "一"'>软件 &amp; 硬件&#39;s</p>` +
          `<template id="card"><p>软件</p></template>` +
          `<svg viewBox="0 0 2 2"><linearGradient id="g"></linearGradient><path d="M0 0"/></svg>`,
      ),
      context,
    );
    expect(twin).toContain(script);
    expect(twin).toContain('<p title="軟體 &quot;一&quot;">軟體 &amp; 硬體&#39;s</p>');
    expect(twin).toContain('<template id="card"><p>軟體</p></template>');
    // Empty SVG elements are written self-closed, as SVG in HTML allows.
    expect(twin).toContain('<svg viewBox="0 0 2 2"><linearGradient id="g"/><path d="M0 0"/></svg>');
  });
});
