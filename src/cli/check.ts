/** `talkline check FILE...`: a summary line per file and its diagnostics; exit 1 when any file has an error. */
import { formatClock } from '../transcript/time/clock.ts';
import type { Talk } from '../transcript/types.ts';
import { formatDiagnostic, hasErrors } from './format-diagnostic.ts';
import { readInputTalk } from './read-input.ts';

/** One line that says what the file holds. */
export function summarize(file: string, talk: Talk): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `${file}: "${talk.title}"`,
    `video ${talk.videoId ?? 'none'}`,
    plural(talk.turns.length, 'turn'),
    `${plural(talk.speakers.length, 'speaker')} (${talk.speakers.map((s) => s.name).join(', ')})`,
    plural(talk.chapters.length, 'chapter'),
    `0:00–${formatClock(talk.duration)}`,
  ].join(' · ');
}

export function runCheck(files: readonly string[], out: (line: string) => void): number {
  let failed = false;
  for (const file of files) {
    const { talk, diagnostics } = readInputTalk(file);
    out(talk ? summarize(file, talk) : `${file}: not readable as a talk`);
    for (const d of diagnostics) out(formatDiagnostic(file, d));
    if (hasErrors(diagnostics)) failed = true;
  }
  return failed ? 1 : 0;
}
