/** Every page of dist/ is valid HTML (html-validate, recommended rules), under both base paths. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlProblems, validator } from '../support/html-validity.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';

describe.each(sites)('HTML validity ($name)', (site) => {
  it('reports zero errors on every page', async () => {
    expect(await htmlProblems(site.outDir)).toEqual([]);
  });

  it('is a validator that does catch errors (a known-bad page fails with the project config)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="zh-CN"><p><div></p></html>', path.join(projectRoot, 'bad.html'));
    expect(report.valid).toBe(false);
  });
});
