/**
 * A fix that cannot be written: the talk's format has no in-place writer, an edit points past the talk, or
 * two accepted edits rewrite the same characters. The message says what to do; callers show it as is.
 */
export class FixError extends Error {
  override name = 'FixError';
}
