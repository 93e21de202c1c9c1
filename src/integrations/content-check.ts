/**
 * Checks every entry before Astro reads the collection, so `astro build` and `astro check`
 * (which syncs content first) stop with one line per problem — file:line, field, what was
 * expected — instead of Astro's first schema error and a stack trace. In `astro dev` the
 * problems are logged and the server still starts.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { checkContent, type ContentReport } from '../lib/content-check.ts';
import { formatProblem } from '../lib/content-error.ts';
import { todayInChina } from '../lib/dates.ts';
import { ENTRY_FILES } from '../lib/entry-schema.ts';

export function checkProject(root: string): ContentReport {
  const base = path.resolve(root, ENTRY_FILES.base);
  // The same glob library and options as Astro's glob loader, so both see the same files.
  const names = globSync(ENTRY_FILES.pattern, { cwd: base, expandDirectories: false }).sort();
  const entries = names.map((name) => ({
    name,
    file: path.relative(root, path.join(base, name)).split(path.sep).join('/'),
    source: readFileSync(path.join(base, name), 'utf8'),
  }));
  return checkContent(entries, todayInChina());
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'news-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const { errors, warnings } = checkProject(fileURLToPath(config.root));
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (errors.length === 0) return;
        const report = [`内容检查发现 ${errors.length} 处错误，请逐条修改后重新构建：`, ...errors.map(formatProblem)].join('\n');
        if (command === 'dev') return logger.error(report);
        // The report is the whole story: no stack trace under it.
        const failure = new Error(report);
        failure.stack = '';
        throw failure;
      },
    },
  };
}
