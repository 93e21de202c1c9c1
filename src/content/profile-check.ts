/**
 * The content check of the profiles in content/authors/ (src/content/entry-schema.ts): each is
 * valid YAML that the profile schema accepts, reported like an entry's frontmatter, names a photo
 * that is there (src/content/photo-check.ts), and is for a
 * name some byline gives. A profile no byline names shows nowhere, so it is a warning: most
 * likely the file name is not the name exactly as the bylines write it.
 */
import type { ContentProblem } from './content-error.ts';
import { parseYaml, schemaProblems, type ContentReport, type EntryFile } from './entry-check.ts';
import { photoPath, profileName, profileSchema } from './entry-schema.ts';
import { photoFinding } from './photo-check.ts';

const schema = profileSchema(photoPath);

/** Names a problem with the whole file rather than one field. */
const WHOLE_FILE = '作者资料';

/** `names`: everyone the entries' bylines name. */
export function checkProfiles(files: EntryFile[], names: ReadonlySet<string>): ContentReport {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const file of files) {
    const parsed = parseYaml(file, file.source, 0, errors, WHOLE_FILE);
    if (parsed) {
      const { problems, data } = schemaProblems(schema, file, parsed, WHOLE_FILE);
      errors.push(...problems);
      // The photo file, beside the profile, once the schema has passed the field.
      if (data?.photo && file.path) {
        const finding = photoFinding(file.path, data.photo);
        const line = parsed.lineOf(['photo']);
        if (finding.error) errors.push({ file: file.file, line, field: 'photo', expected: finding.error });
        if (finding.warning) warnings.push({ file: file.file, line, field: 'photo', expected: finding.warning });
      }
    }
    const name = profileName(file.name);
    if (!names.has(name)) {
      warnings.push({
        file: file.file,
        field: '文件名',
        expected: `没有文章的作者或编辑署名为 “${name}”，这份资料不会显示；文件名应与文章里的署名完全一致，例如署名 王欣 的资料是 王欣.yaml`,
      });
    }
  }
  return { errors, warnings };
}
