/**
 * Editor-facing content problems: which file (and line), which field, what was expected,
 * on one line, so the build log starts with what to fix rather than with a stack trace.
 */
export interface ContentProblem {
  /** Path from the project root, e.g. content/articles/x.mdx. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number | undefined;
  /** The frontmatter field (`related[2]`), or what else is at fault (正文, <Figure>). */
  field: string;
  expected: string;
}

/** content/articles/x.mdx:3: `date`：应为有效日期… */
export function formatProblem({ file, line, field, expected }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: \`${field}\`：${expected}`;
}

export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly expected: string;
  readonly line: number | undefined;

  constructor(problem: ContentProblem) {
    super(formatProblem(problem));
    this.name = 'ContentError';
    ({ file: this.file, field: this.field, expected: this.expected, line: this.line } = problem);
  }
}
