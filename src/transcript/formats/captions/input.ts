/**
 * What every caption reader does first: refuse binary data, drop the byte order mark and split lines the
 * way the WebVTT spec's parser does (CRLF, lone CR and LF all end a line), so that line numbers in
 * diagnostics match what an editor shows.
 */
import { looksBinary } from '../../looks-binary.ts';
import type { Diagnostic, ParseResult } from '../../types.ts';

export interface CaptionInput {
  /** Lines without their terminators; index + 1 is the line number. */
  lines: string[];
  /** The text without BOM. */
  text: string;
}

/** A failed read: no talk, one error. */
export function failure(message: string, line = 0, diagnostics: Diagnostic[] = []): ParseResult {
  return { talk: null, diagnostics: [...diagnostics, { severity: 'error', line, message }] };
}

/** Prepares caption text, or returns the error that stops reading (binary or empty input). */
export function prepareInput(input: string, what: string): CaptionInput | ParseResult {
  if (looksBinary(input)) {
    return failure(`not a text file (it holds binary data); give a ${what} file saved as UTF-8`);
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return failure(`the file is empty; a ${what} file needs timed captions`);
  return { text, lines: text.split(/\r\n|\r|\n/) };
}

/** Type guard separating a prepared input from an early failure. */
export function isFailure(value: CaptionInput | ParseResult): value is ParseResult {
  return 'diagnostics' in value;
}
