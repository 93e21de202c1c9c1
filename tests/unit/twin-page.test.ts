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
});
