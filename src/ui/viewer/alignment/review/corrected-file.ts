/**
 * The corrected transcript: the talk file's own text with the accepted fixes written in (the same
 * `applyEdits` as `talkline align --fix`), handed to the browser as a download. Nothing is uploaded.
 */
import { type FixEdit, FixError, applyEdits } from '../../../../align/fix/index.ts';
import { saveFile } from '../../../shared/save-file.ts';
import type { Talk } from '../../../../transcript/types.ts';

export type CorrectedText = { ok: true; text: string } | { ok: false; message: string };

/** The file with `accepted` applied, or why it cannot be written (a FixError's message, as it says what to do). */
export function correctedText(sourceText: string | null, talk: Talk, accepted: readonly FixEdit[]): CorrectedText {
  if (sourceText === null) return { ok: false, message: 'the talk file’s text is not at hand in this page; reload it to download a corrected copy' };
  try {
    return { ok: true, text: applyEdits(sourceText, talk, accepted) };
  } catch (error) {
    if (error instanceof FixError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Starts a download of `text` as `fileName`. */
export function downloadText(text: string, fileName: string): void {
  const type = /\.(md|markdown)$/i.test(fileName) ? 'text/markdown' : 'text/plain';
  saveFile(text, fileName, type);
}
