/**
 * WebVTT cue text to words. The WebVTT spec's cue text is text with character references and tags:
 * voice spans `<v Name>` (whose annotation is the speaker), inline timestamps `<00:00:01.234>` (the time
 * the following text is spoken), and styling tags (`<c.color>`, `<i>`, `<b>`, `<u>`, `<ruby>`, `<rt>`,
 * `<lang en>`) that carry no words. Tags are removed before words are cut, so a word split by a tag
 * (`wo<b>rd</b>`) stays one word; each word takes the last timestamp before its first character.
 */
import { decodeCharRefs } from './char-refs.ts';
import { parseCueTime } from '../../time/cue-time.ts';
import type { CueWord } from '../captions/pieces.ts';

/** Words of one voice within a cue. */
export interface VoiceRun {
  /** The voice's name; undefined when the text is in no voice span. */
  speaker: string | undefined;
  words: CueWord[];
}

export interface CueTextResult {
  runs: VoiceRun[];
  /** True when the text held inline timestamps. */
  timed: boolean;
}

/** Voice state carried from one line of a cue to the next (a span may cover several lines). */
export interface VoiceState {
  speaker: string | undefined;
}

interface Mark {
  at: number;
  time?: number;
  speaker?: string | undefined;
}

const WORD = /\S+/g;

/**
 * One string per distinct word of a file, shared by every place it is said: a talk says a few thousand
 * words over and over, and a long file's millions of words, each its own copy, take more memory than
 * the file's whole text. Only the first {@link SHARED_WORDS_MAX} distinct words are kept, so a file of
 * words that never repeat costs no more than without it.
 */
export type SharedWords = Map<string, string>;

const SHARED_WORDS_MAX = 65_536;

function shared(words: SharedWords | undefined, word: string): string {
  if (words === undefined) return word;
  const known = words.get(word);
  if (known !== undefined) return known;
  if (words.size < SHARED_WORDS_MAX) words.set(word, word);
  return word;
}

/**
 * Reads one line (or a whole cue's lines joined by '\n') of cue text. Words before the first inline
 * timestamp get `cueStart`; they count as timed when the text has timestamps, since the cue start is then
 * the time of its first word.
 */
export function readCueText(text: string, cueStart: number, voice: VoiceState = { speaker: undefined }, words?: SharedWords): CueTextResult {
  const carried = voice.speaker;
  if (!text.includes('<') && !text.includes('&')) {
    // Most cues are plain text: no tags to walk, no references to decode.
    const plain = (text.match(WORD) ?? []).map((w) => ({ text: shared(words, w), start: cueStart, timed: false }));
    return { runs: plain.length > 0 ? [{ speaker: carried, words: plain }] : [], timed: false };
  }
  let plain = '';
  const marks: Mark[] = [];
  let timed = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      plain += decodeCharRefs(text.slice(i));
      break;
    }
    plain += decodeCharRefs(text.slice(i, lt));
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) {
      // An unclosed '<' is text, as a lenient reader must not swallow the rest of the cue.
      plain += decodeCharRefs(text.slice(lt));
      break;
    }
    const tag = text.slice(lt + 1, gt);
    i = gt + 1;
    const time = /^\d/.test(tag) ? parseCueTime(tag) : null;
    if (time !== null) {
      marks.push({ at: plain.length, time });
      timed = true;
    } else if (/^v[\s.]/.test(tag)) {
      const name = decodeCharRefs(tag.replace(/^v(?:\.[^\s]*)?\s*/, '')).trim();
      voice.speaker = name === '' ? undefined : name;
      marks.push({ at: plain.length, speaker: voice.speaker });
      // A tag boundary between two words is a word boundary only when the text says so; a voice span
      // starting mid-text still separates speakers, so it also separates words.
      plain += ' ';
    } else if (tag === '/v') {
      voice.speaker = undefined;
      marks.push({ at: plain.length, speaker: undefined });
      plain += ' ';
    }
  }

  const runs: VoiceRun[] = [];
  let markIndex = 0;
  let time = cueStart;
  let speaker = carried;
  for (const m of plain.matchAll(WORD)) {
    const at = m.index;
    while (markIndex < marks.length && marks[markIndex]!.at <= at) {
      const mark = marks[markIndex]!;
      if (mark.time !== undefined) time = mark.time;
      if ('speaker' in mark) speaker = mark.speaker;
      markIndex++;
    }
    let run = runs[runs.length - 1];
    if (!run || run.speaker !== speaker) {
      run = { speaker, words: [] };
      runs.push(run);
    }
    run.words.push({ text: shared(words, m[0]), start: time, timed });
  }
  return { runs, timed };
}
