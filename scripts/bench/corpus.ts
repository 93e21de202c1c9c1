/**
 * Synthetic Chinese news entries for the benchmark, shaped like content/articles/: full
 * articles (about 4,000 Han characters, summary, Figure and SectionBreak, 5–10 related ids)
 * and a few briefs with an excerpt list. The wording is recombined from the real entries'
 * clauses, with invented names and numbers so the vocabulary keeps growing with the corpus
 * as a real archive's does. A fixed seed makes every run write the same files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countHan, hasHan } from '../../src/site/han.ts';

export const DEFAULT_SEED = 20240111;
const HAN_PER_ARTICLE = 4000;
const BRIEF_SHARE = 0.05;
const ENTRIES_PER_DAY = 30;
const FIRST_DAY = Date.UTC(2023, 0, 1);

const LATIN = ['AI', 'GMV', 'SaaS', 'ChatGPT', 'OpenAI', 'IPO', 'CEO', 'App', '5G', 'Crunchbase', 'TikTok', 'Shopee', 'ESG', 'DTC', 'KOL', 'SKU', 'B2B', 'Lazada', 'Nvidia', 'API'];
const SUFFIXES = ['科技', '集团', '资本', '控股', '电商', '品牌', '研究院', '实验室', '基金'];
const UNITS = ['亿元', '万元', '家门店', '万用户', '个百分点', '万件', '亿美元'];
const OUTLETS = ['商业密码', '零售老板内参', '联商网', '电商报', '界面新闻', '36氪', '晚点LatePost', '虎嗅', '钛媒体', '新浪科技', '第一财经', '经济观察报'];
const TAGS = ['人工智能', '大模型', '东南亚', '创业投资', '直播电商', '抖音', '淘宝', '茶饮', '白酒', '新消费', '港股', 'IPO', '县域经济', '折扣零售', '即时零售', '出海', '跨境电商', '社区团购', '会员店', '品牌', '供应链', '物流', '支付', '餐饮', '美妆', '母婴', '家电', '汽车', '新能源', '财报'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const DISCLAIMER = '该内容为作者独立观点,不代表新零售资讯观点或立场,文章为网友投稿上传,版权归原作者所有,未经允许不得转载。';

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pool {
  clauses: string[];
  han: string[];
  digest: string;
}

/** Clauses and Han characters of the real entries: the raw material of every synthetic one. */
export function readPool(contentDir: string): Pool {
  const text = readdirSync(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => readFileSync(path.join(contentDir, file), 'utf8'))
    .join('\n');
  const clauses = [
    ...new Set(
      text
        .replace(/^---$|^\s*[-\w]+:|<[^>]*>/gm, '\n')
        .split(/[,，。;；?？!！:：“”"《》()\n]/)
        .map((clause) => clause.replace(/^[\s>*-]+/, '').trim())
        .filter((clause) => /\p{Script=Han}{4}/u.test(clause) && !/[<>{}\\|#*_`~[\]]/.test(clause) && clause.length <= 40),
    ),
  ];
  const han = [...new Set([...text].filter(hasHan))];
  return { clauses, han, digest: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}

function writer(pool: Pool, random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const han = (length: number) => Array.from({ length }, () => pick(pool.han)).join('');
  const person = () => pick([...SURNAMES]) + han(int(1, 2));
  const number = () =>
    pick([
      () => `${int(2015, 2025)}年`,
      () => `${int(1, 99)}.${int(0, 9)}%`,
      () => `${int(2, 900)}${pick(UNITS)}`,
      () => `${int(10, 80)}亿~${int(81, 200)}亿元`,
    ])();
  const clause = () => {
    const roll = random();
    if (roll < 0.12) return `${han(2)}${pick(SUFFIXES)}${pick(pool.clauses)}`;
    if (roll < 0.2) return `${pick(pool.clauses)}${number()}`;
    if (roll < 0.26) return `${pick(LATIN)}${pick(pool.clauses)}`;
    if (roll < 0.3) return `${person()}表示${pick(pool.clauses)}`;
    return pick(pool.clauses);
  };
  const sentence = () => Array.from({ length: int(2, 4) }, clause).join(',') + '。';
  const paragraph = () => Array.from({ length: int(2, 5) }, sentence).join('');
    return { int, pick, han, person, number, sentence, paragraph, random };
}

type Writer = ReturnType<typeof writer>;

const yaml = (value: string) => JSON.stringify(value);
const list = (key: string, items: string[]) => `${key}:\n${items.map((item) => `  - ${yaml(item)}`).join('\n')}`;

function title(w: Writer): string {
  return `${w.han(2)}${w.pick(SUFFIXES)}:${w.sentence().slice(0, w.int(8, 18)).replace(/[,。]$/, '')}`;
}

function table(w: Writer): string {
  const rows = Array.from({ length: w.int(3, 5) }, () => `| ${w.han(2)}${w.pick(SUFFIXES)} | ${w.number()} | ${w.number()} |`);
  return ['| 公司 | 营收 | 同比 |', '| --- | --- | --- |', ...rows].join('\n');
}

function articleBody(w: Writer): string {
  const target = HAN_PER_ARTICLE + w.int(-400, 400);
  const figures = w.int(1, 4);
  const breaks = w.int(1, 3);
  const blocks: string[] = [`> “${w.sentence().slice(0, -1)}”`];
  let han = 0;
  while (han < target) {
    const block = w.paragraph();
    han += countHan(block);
    blocks.push(block);
  }
  const insert = (block: string) => blocks.splice(w.int(2, blocks.length - 1), 0, block);
  for (let i = 0; i < figures; i++) insert(`<Figure caption="${w.sentence().slice(0, w.int(6, 20)).replace(/[,。]$/, '')}" credit="${w.person()}摄" />`);
  for (let i = 0; i < breaks; i++) insert('<SectionBreak />');
  if (w.random() < 0.1) insert(table(w));
  return blocks.join('\n\n');
}

function relatedIds(w: Writer, self: number, count: number, ids: string[]): string[] {
  const chosen = new Set<number>();
  const want = Math.min(w.int(5, 10), count - 1);
  while (chosen.size < want) {
    // Mostly recent neighbours, sometimes anything in the archive.
    const candidate = w.random() < 0.7 ? self + w.int(-60, 60) : w.int(0, count - 1);
    if (candidate !== self && candidate >= 0 && candidate < count) chosen.add(candidate);
  }
  return [...chosen].map((index) => ids[index] as string);
}

export function entryId(index: number): string {
  return `bench-${String(index).padStart(6, '0')}`;
}

export function isBrief(index: number, seed = DEFAULT_SEED): boolean {
  return prng(seed ^ index)() < BRIEF_SHARE;
}

/** Write `count` entries into `dir` (created). Returns how many are briefs. */
export function writeCorpus(dir: string, count: number, pool: Pool, seed = DEFAULT_SEED): { briefs: number } {
  mkdirSync(dir, { recursive: true });
  const ids = Array.from({ length: count }, (_, index) => entryId(index));
  let briefs = 0;
  for (let index = 0; index < count; index++) {
    // One stream per entry: entry n is the same whatever the corpus size.
    const w = writer(pool, prng((seed * 31 + index) >>> 0));
    const brief = isBrief(index, seed);
    const date = new Date(FIRST_DAY + Math.floor(index / ENTRIES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: w.int(1, 4) }, () => w.pick(TAGS)))];
    const front = [`title: ${yaml(title(w))}`, `date: ${date}`, `source: ${yaml(w.pick(OUTLETS))}`, `tags: [${tags.join(', ')}]`];
    let body = '';
    if (brief) {
      briefs++;
      const excerpt = Array.from({ length: w.int(2, 4) }, () => w.paragraph());
      front.unshift('type: brief');
      front.push(`${list('excerpt', excerpt)}${w.random() < 0.3 ? `\n  - imageCredit: ${yaml(`${w.person()}拍摄`)}` : ''}`);
    } else {
      front.push(`author: ${w.person()}`, `editor: ${w.person()}`, list('summary', Array.from({ length: w.int(1, 3) }, w.sentence)));
      if (w.random() < 0.5) front.push('leadImage: {}');
      front.push(`disclaimer: ${yaml(DISCLAIMER)}`);
      body = articleBody(w);
    }
    if (count > 1) front.push(list('related', relatedIds(w, index, count, ids)));
    writeFileSync(path.join(dir, `${ids[index]}.mdx`), `---\n${front.join('\n')}\n---\n\n${body}\n`);
  }
  return { briefs };
}
