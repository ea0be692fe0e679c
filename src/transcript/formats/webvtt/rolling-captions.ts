/**
 * YouTube's automatic captions as yt-dlp writes them "roll": every cue shows two lines, the line already
 * on screen (repeated as plain text) and the line being spoken (each word after the first carrying its
 * time as `<00:00:01.234><c> word</c>`), with 10 ms cues in between that show the finished line alone.
 * Read naively, every line appears two or three times. A line is new when it carries inline times (only
 * the first showing of a line has them) or differs from the last lines shown; every other line is a
 * repeat and is skipped, so each spoken word is read exactly once, with its own time.
 */
import { decodeCharRefs } from './char-refs.ts';
import type { SourceLine } from '../captions/blocks.ts';

export interface RollingCue {
  start: number;
  end: number;
  payload: SourceLine[];
}

/**
 * `line` without its tags (`<…>`), as `line.replace(/<[^>]*>/g, '')` would give, in one pass: that
 * expression scans to the end of the line from every `<` when no `>` follows, quadratic on `<<<<…`.
 */
function withoutTags(line: string): string {
  let out = '';
  let from = 0;
  for (let open = line.indexOf('<'); open >= 0; open = line.indexOf('<', from)) {
    const close = line.indexOf('>', open + 1);
    if (close < 0) break;
    out += line.slice(from, open);
    from = close + 1;
  }
  return out + line.slice(from);
}

/** The text of a cue line as shown, for comparing repeats. */
export function shownText(line: string): string {
  return decodeCharRefs(withoutTags(line)).replace(/\s+/g, ' ').trim();
}

const INLINE_TIME = /<\d/;

/** True when the cues look like rolling auto-captions: inline word times and lines repeated across cues. */
export function isRolling(cues: readonly RollingCue[]): boolean {
  if (cues.length < 3 || !cues.some((c) => c.payload.some((l) => INLINE_TIME.test(l.text)))) return false;
  let repeats = 0;
  let previousLast = '';
  for (const cue of cues) {
    const shown = cue.payload.map((l) => shownText(l.text)).filter((t) => t !== '');
    if (shown.length > 0 && shown[0] === previousLast) repeats++;
    if (shown.length > 0) previousLast = shown[shown.length - 1]!;
  }
  return repeats * 4 >= cues.length;
}

/** The lines of each cue that are spoken for the first time, in order. */
export function newLines<C extends RollingCue>(cues: readonly C[]): Array<{ cue: C; cueIndex: number; line: SourceLine }> {
  const out: Array<{ cue: C; cueIndex: number; line: SourceLine }> = [];
  let last = '';
  let beforeLast = '';
  for (const [cueIndex, cue] of cues.entries()) {
    for (const line of cue.payload) {
      const shown = shownText(line.text);
      if (shown === '') continue;
      if (!INLINE_TIME.test(line.text) && (shown === last || shown === beforeLast)) continue;
      out.push({ cue, cueIndex, line });
      beforeLast = last;
      last = shown;
    }
  }
  return out;
}
