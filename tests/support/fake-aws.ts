/**
 * Stands in for the aws CLI in tests: `aws s3 sync SRC DEST [filters] [--cache-control V]`
 * appends, for each file it would upload, {file, dest, cacheControl} as a JSON line to
 * $FAKE_AWS_LOG. Filters follow the CLI's documented rules
 * (docs.aws.amazon.com/cli/latest/reference/s3/, "Use of Exclude and Include Filters"): every
 * file is included to begin with, later filters take precedence over earlier ones, patterns are
 * relative to SRC, and `*` matches everything, "/" included.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const [service, command, source, dest, ...options] = process.argv.slice(2);
if (service !== 's3' || command !== 'sync' || !source || !dest) throw new Error(`fake aws: unsupported call: ${process.argv.slice(2).join(' ')}`);

const filters: Array<{ include: boolean; pattern: RegExp }> = [];
let cacheControl: string | undefined;
for (let i = 0; i < options.length; i++) {
  const option = options[i];
  if (option === '--exclude' || option === '--include') {
    const glob = options[++i]!;
    const pattern = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    filters.push({ include: option === '--include', pattern });
  } else if (option === '--cache-control') cacheControl = options[++i];
  else if (option !== '--delete') throw new Error(`fake aws: unsupported option ${option}`);
}

for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(source, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  let included = true;
  for (const filter of filters) if (filter.pattern.test(file)) included = filter.include;
  if (included) appendFileSync(process.env.FAKE_AWS_LOG!, `${JSON.stringify({ file, dest, cacheControl })}\n`);
}
