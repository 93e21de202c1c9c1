/** Every page of dist/ is valid HTML (html-validate, recommended rules), under both base paths. */
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(sites)('HTML validity ($name)', (site) => {
  it('reports zero errors on every page', async () => {
    const errors: string[] = [];
    for (const file of htmlFiles(site.outDir)) {
      const report = await validator.validateFile(path.join(site.outDir, file));
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('is a validator that does catch errors (a known-bad page fails with the project config)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="zh-CN"><p><div></p></html>', path.join(projectRoot, 'bad.html'));
    expect(report.valid).toBe(false);
  });
});
