/**
 * Caption files of the bundled talk as people get them, for checking how cues become turns:
 * - Whisper style: cues of a few words to a sentence or two with the talk's punctuation, no speakers, one
 *   time per cue; a cue sometimes runs over a sentence end and sometimes stops mid-clause, and now and
 *   then the speaker stops to think for a few seconds in the middle of a sentence, as in Whisper's files.
 * - yt-dlp style: YouTube's rolling auto-captions (lower case, no punctuation, per-word times), with `>>`
 *   at the start of the line where the speaker changes, as YouTube writes it.
 * Times come from the talk spoken at a realistic pace (make-captions.ts), so pauses fall where they would.
 */
import { makeCaptions, random } from '../../align/make-captions.ts';
import { toRollingVtt } from '../../align/caption-files.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { splitWords } from '../../../src/transcript/words.ts';

function vttClock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor((ms % 3_600_000) / 60_000))}:${pad(Math.floor((ms % 60_000) / 1000))}.${pad(ms % 1000, 3)}`;
}

const escape = (w: string) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface WhisperFile {
  text: string;
  /** Every word of the talk, in order, as the file holds it. */
  words: string[];
}

/** The talk as a Whisper WebVTT: unpadded hours, a leading space on each cue line, no speakers. */
export function whisperVtt(talk: Talk, seed = 7): WhisperFile {
  const { wordStarts } = makeCaptions(talk, { seed });
  const rnd = random(seed);
  const out = ['WEBVTT', ''];
  const all: string[] = [];
  let hesitation = 0;
  talk.turns.forEach((turn, t) => {
    const words = splitWords(turn.text);
    const times = wordStarts[t]!.map((s) => s + hesitation);
    for (let k = 0; k < words.length; ) {
      // Up to 16 words, usually stopping at a sentence end, sometimes at a comma or just anywhere.
      let end = Math.min(words.length, k + 4 + Math.floor(rnd() * 13));
      const stop = words.slice(k, end).findIndex((w, i) => i >= 2 && /[.?!,]["”)]?$/.test(w) && rnd() < 0.7);
      if (stop >= 0) end = k + stop + 1;
      const cue = words.slice(k, end);
      const start = times[k]!;
      let finish = end < words.length ? times[end]! : times[end - 1]! + 0.4;
      if (end < words.length && !/[.?!]["”)]?$/.test(words[end - 1]!) && rnd() < 0.08) {
        // A pause to think, mid-sentence: the rest of the talk moves later.
        for (let j = end; j < times.length; j++) times[j]! += 3;
        hesitation += 3;
        finish = times[end - 1]! + 0.4;
      }
      const clock = (s: number) => vttClock(s).replace(/^00:/, '').replace(/^0(\d:)/, '$1');
      out.push(`${clock(start)} --> ${clock(Math.max(finish, start + 0.01))}`, ` ${cue.map(escape).join(' ')}`, '');
      all.push(...cue);
      k = end;
    }
  });
  return { text: out.join('\n'), words: all };
}

export interface RollingFile {
  text: string;
  /** Every spoken word, in order, with its time as written (seconds), without the `>>` marks. */
  words: Array<{ text: string; start: number }>;
  /** Indices into `words` of the words a `>>` mark stands before (one per change of speaker). */
  changes: number[];
}

/** The talk as yt-dlp's rolling auto-captions, with `>>` opening each line where a new speaker starts. */
export function rollingVtt(talk: Talk, seed = 3): RollingFile {
  const { captions, turnStarts } = makeCaptions(talk, { seed });
  let next = 1;
  let count = 0;
  const changes: number[] = [];
  const cues = captions.turns.map((cue) => {
    const first = count;
    count += cue.words!.length;
    // The first cue at or after the next turn's start opens that turn (cues never span turns).
    if (next < turnStarts.length && cue.start >= turnStarts[next]! - 1e-9) {
      while (next < turnStarts.length && cue.start >= turnStarts[next]! - 1e-9) next++;
      if (talk.turns[next - 1]!.speaker !== talk.turns[next - 2]?.speaker) {
        changes.push(first);
        return { ...cue, words: [{ text: '&gt;&gt;', start: cue.start }, ...cue.words!] };
      }
    }
    return cue;
  });
  const words = captions.turns.flatMap((c) => c.words!.map((w) => ({ text: w.text, start: Math.round(w.start * 1000) / 1000 })));
  return { text: toRollingVtt({ ...captions, turns: cues }), words, changes };
}
