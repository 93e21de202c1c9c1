/** Bad frontmatter stops the real build with a message naming the file and the field. */
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/fixture-site.ts';

const good = (fields: string, body = '正文。') => `---\n${fields}\n---\n\n${body}\n`;

const cases = [
  {
    name: 'a missing title',
    file: 'no-title.mdx',
    source: good('date: 2024-01-11\nauthor: 王欣'),
    field: 'title',
  },
  {
    name: 'a date that is not a date',
    file: 'bad-date.mdx',
    source: good('title: 标题\ndate: 去年某天\nauthor: 王欣'),
    field: 'date',
  },
  {
    name: 'a related reference to a missing entry',
    file: 'bad-related.mdx',
    source: good('title: 标题\ndate: 2024-01-11\nauthor: 王欣\nrelated:\n  - no-such-entry'),
    field: 'related[0]',
  },
];

describe('bad content fails the build', () => {
  it.each(cases)('$name', async ({ file, source, field }) => {
    const result = await buildWithContent({ [file]: source });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(file);
    expect(result.output).toContain(field);
  });
});
