/** Runs the real `astro build` (which also writes the Pagefind index). */
import { spawn } from 'node:child_process';
import { astroBin, projectRoot } from './project.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

export function runAstroBuild(options: { root?: string; outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const root = options.root ?? projectRoot;
  const args = ['build', '--root', root];
  if (options.outDir) args.push('--outDir', options.outDir);
  return new Promise((resolve, reject) => {
    const child = spawn(astroBin, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
