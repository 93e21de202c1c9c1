/**
 * Reads the original text capture of the seed page (tests/fixtures/seed-capture.txt),
 * so tests compare the site with the source rather than with a copy of our own output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

const capture = readFileSync(path.join(projectRoot, 'tests/fixtures/seed-capture.txt'), 'utf8');
const lines = capture.split('\n');

export const headline = lines[0]!.trim();

/** The three summary sentences between the headline and the repeated headline. */
export const summary = lines.slice(1, lines.indexOf(headline, 1)).filter((line) => line.trim());

const bodyStart = lines.indexOf('编辑 | 刘景丰') + 1;
const bodyEnd = lines.findIndex((line) => line.startsWith('声明:'));
const bodyLines = lines.slice(bodyStart, bodyEnd).filter((line) => line.trim());

/** Caption lines: "谷歌湾区总部。图源:受访人邱谆提供". */
export const captions = bodyLines.filter((line) => line.includes('图源'));

/** Body paragraphs in order: everything but the repeated headline (image alt) and captions. */
export const bodyParagraphs = bodyLines.filter((line) => line !== headline && !line.includes('图源'));

export const disclaimer = lines[bodyEnd]!.replace(/^声明:\s*/, '');

export interface CapturedRelated {
  title: string;
  source?: string;
  date: string;
  excerpt: string[];
}

/** The 相关推荐 list: title, excerpt lines, optional source and the date line. */
export const related: CapturedRelated[] = capture
  .split('相关推荐')[1]!
  .split(/\n\s+•\s+/)
  .slice(1)
  .map((block) => {
    const itemLines = block.split('\n').map((line) => line.trim()).filter(Boolean);
    const meta = itemLines.at(-1)!.match(/^(?:(\S+) )?(\d{4})年(\d{1,2})月(\d{1,2})日$/)!;
    return {
      title: itemLines[0]!,
      ...(meta[1] ? { source: meta[1] } : {}),
      date: `${meta[2]}-${meta[3]!.padStart(2, '0')}-${meta[4]!.padStart(2, '0')}`,
      excerpt: itemLines.slice(1, -1),
    };
  });
