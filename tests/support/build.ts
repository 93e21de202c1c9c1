/** Runs the real build, as `npm run build` does (Astro, then the Pagefind index), or `astro check`. */
import { spawn } from 'node:child_process';
import { astroBin, buildCommand, projectRoot } from './project.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface AstroRun {
  root?: string;
  outDir?: string;
  env?: Record<string, string>;
}

export function runAstro(command: 'build' | 'check', options: AstroRun = {}): Promise<BuildResult> {
  const root = options.root ?? projectRoot;
  const [program, ...args] = command === 'build' ? buildCommand : [astroBin, 'check'];
  args.push('--root', root);
  if (options.outDir) args.push('--outDir', options.outDir);
  return new Promise((resolve, reject) => {
    const child = spawn(program!, args, {
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

export function runAstroBuild(options: AstroRun = {}): Promise<BuildResult> {
  return runAstro('build', options);
}
