/**
 * An editor-facing content error: which file, which field, what was expected.
 * Its message is the whole story on one line, so the build log starts with it.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${file}: ${field}: ${expected}`);
    this.name = 'ContentError';
  }
}
