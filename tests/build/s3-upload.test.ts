/**
 * docs/deploy/s3-upload.sh, run on a real build with a stand-in for the aws CLI that applies its
 * filter rules (tests/support/fake-aws.ts): every file is uploaded once, with the Cache-Control
 * docs/deploy.md gives its kind, under the prefix asked for.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, tmpRoot } from '../../scripts/harness/site-harness.ts';
import { siteFiles } from '../support/dist.ts';
import { expectedCacheControl } from '../support/host-headers.ts';
import { sites } from '../support/test-sites.ts';

const site = sites.find((candidate) => candidate.base === '/news/')!;

describe('docs/deploy/s3-upload.sh', () => {
  mkdirSync(tmpRoot, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpRoot, 's3-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('uploads every file once, with its kind’s Cache-Control, under the prefix', () => {
    const bin = path.join(scratch, 'bin');
    mkdirSync(bin);
    const fake = path.join(projectRoot, 'tests', 'support', 'fake-aws.ts');
    writeFileSync(path.join(bin, 'aws'), `#!/bin/sh\nexec "${process.execPath}" --experimental-strip-types --disable-warning=ExperimentalWarning "${fake}" "$@"\n`, { mode: 0o755 });
    symlinkSync(site.outDir, path.join(scratch, 'dist'));
    const log = path.join(scratch, 'uploads.jsonl');
    writeFileSync(log, '');
    execFileSync('bash', [path.join(projectRoot, 'docs', 'deploy', 's3-upload.sh'), 'bucket', 'news/'], {
      cwd: scratch,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FAKE_AWS_LOG: log },
    });
    const uploads = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { file: string; dest: string; cacheControl: string });
    const files = siteFiles(site.outDir).filter((file) => file !== '_headers');
    expect(uploads.map((upload) => upload.file).sort()).toEqual(files);
    for (const upload of uploads) {
      expect(upload.dest).toBe('s3://bucket/news/');
      expect(upload.cacheControl, upload.file).toBe(expectedCacheControl(upload.file.replace(/index\.html$/, '')));
    }
  });
});
