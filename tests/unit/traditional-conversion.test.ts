/** The edition's converter: OpenCC's output, Taiwan phrases where OpenCC has them, names as written. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConverterBuilder, type DictLike } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { readPool, writeCorpus } from '../../scripts/bench/corpus.ts';
import { traditionalConverter } from '../../src/edition/convert.ts';
import { traditionalEdition, twinSitePath, simplifiedEdition } from '../../src/edition/editions.ts';
import { twinUrl } from '../../src/edition/twin-page.ts';
import { site } from '../../src/site.config.ts';

describe('traditionalConverter', () => {
  const convert = traditionalConverter('twp', site.pinnedPhrases);

  it.each([
    ['科大讯飞', '科大訊飛'],
    ['海康威视', '海康威視'],
    ['梅拉妮·米歇尔', '梅拉妮·米歇爾'],
    ['华映资本', '華映資本'],
    ['英伟达', '英偉達'],
  ])('keeps the name %s intact (%s)', (name, written) => {
    expect(convert(name)).toBe(written);
    expect(convert(`而${name}CEO也再次押注越南AI，${name}的第二故乡`)).toContain(written);
  });

  it('uses Taiwan phrases elsewhere', () => {
    expect(convert('硅谷的人工智能软件')).toBe('矽谷的人工智慧軟體');
  });

  it('pins a phrase only where it is listed: OpenCC alone replaces the name', () => {
    expect(traditionalConverter('twp', [])('英伟达')).toBe('輝達');
    expect(traditionalConverter('twp', ['华映'])('英伟达与华映资本')).toBe('輝達與華映資本');
  });

  it('writes Hong Kong characters for hk', () => {
    expect(traditionalConverter('hk', site.pinnedPhrases)('英伟达的软件')).toBe('英偉達的軟件');
  });
});

describe('traditionalConverter against opencc-js', () => {
  const mdxIn = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.mdx')).map((file) => readFileSync(path.join(dir, file), 'utf8'));
  const seed = mdxIn('content/articles');
  const corpusDir = mkdtempSync(path.join(tmpdir(), 'conversion-corpus-'));
  writeCorpus(corpusDir, 40, readPool('content/articles'));
  const corpus = mdxIn(corpusDir);
  rmSync(corpusDir, { recursive: true });
  const keysOf = (dict: DictLike) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')[0]!) : dict.map(([key]) => key));
  const edges = [
    '',
    'plain ASCII, no Han at all',
    // Ideographic description sequences, which opencc-js passes over whole.
    '⿰氵青发展，⿱艹发后来',
    // CJK compatibility ideographs, which its normalisation replaces.
    '\uf900发展\ufa0a后来',
    // Characters beyond the BMP, and lone surrogates: high, low, and high at the very end.
    '𠀀后来𪚥发型\ud800干部',
    '\udc00发展\udbff',
    '头发后面的干部在台湾发表了关于系统软件的讲话',
  ];

  it.each(['twp', 'hk'] as const)('writes what opencc-js writes (%s): the seed, bench entries, every dictionary key', (variant) => {
    const library = ConverterBuilder(cn2t)({ from: 'cn', to: variant });
    const convert = traditionalConverter(variant, []);
    const texts = [...edges, ...seed, ...seed.flatMap((text) => text.split('\n')), ...corpus];
    for (const text of texts) expect(convert(text)).toBe(library(text));
    // The variant's own keys side by side, so that words meet across their edges, and apart.
    for (const dict of cn2t.configs[`s2${variant}`]!.conversionChain.flat()) {
      const keys = keysOf(dict);
      for (const text of [keys.join(''), keys.join('，')]) expect(convert(text)).toBe(library(text));
    }
    expect(corpus.length).toBe(40);
  });

  it('finds no key across or inside an entity: every key holds a Han character, and none holds & or ;', () => {
    // src/edition/twin-page.ts converts a page's text with its entities as written (&amp;, &#39;): a key could reach into one only through them.
    // Each dictionary a serialised one, as the preset has them all.
    type Config = { normalizationChain?: string[][]; segmentation?: string | string[]; conversionChain: string[][] };
    const dicts = (Object.values(cn2t.configs) as Config[]).flatMap((config) => [...(config.normalizationChain ?? []).flat(), ...[config.segmentation ?? []].flat(), ...config.conversionChain.flat()]);
    const keys = dicts.flatMap(keysOf);
    expect(keys.length).toBeGreaterThan(10_000);
    expect(keys.filter((key) => /[&;]/.test(key) || !/\p{Script=Han}/u.test(key))).toEqual([]);
    expect(keys.filter((key) => /[A-Za-z]/.test(key))).toContain('SQL注入');
  });
});

describe('twin links', () => {
  const edition = traditionalEdition('twp');
  const context = { edition, base: '/news/', home: 'https://example.org/news/', hasTwin: (path: string) => ['', 'articles/x/', 'tags/人工智能/'].includes(path) };

  it('leads pages with a twin to it, keeping query and anchor, and leaves other files alone', () => {
    expect(twinUrl('/news/articles/x/?highlight=a#h', context)).toBe('/news/zh-hant/articles/x/?highlight=a#h');
    expect(twinUrl('https://example.org/news/', context)).toBe('https://example.org/news/zh-hant/');
    expect(twinUrl('/news/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/', context)).toBe('/news/zh-hant/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/');
    expect(twinUrl('/news/_astro/x.css', context)).toBe('/news/_astro/x.css');
    expect(twinUrl('https://elsewhere.example/articles/x/', context)).toBe('https://elsewhere.example/articles/x/');
  });

  it('maps a site path to either edition', () => {
    expect(twinSitePath('articles/x/', edition)).toBe('zh-hant/articles/x/');
    expect(twinSitePath('zh-hant/articles/x/', simplifiedEdition)).toBe('articles/x/');
  });
});
