/** html-validate, with the project's config (recommended rules), over the pages of a built site. */
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlFiles } from './dist.ts';

export const validator = new HtmlValidate(new FileSystemConfigLoader());

/** One line per problem on any page under `outDir` (file:line:column rule message), empty when all are valid. */
export async function htmlProblems(outDir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const report = await validator.validateFile(path.join(outDir, file));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  return errors;
}
