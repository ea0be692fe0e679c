/**
 * A talk as WebVTT, valid for any player (`<track>`, Apple Podcasts ingest) and complete enough to read
 * back into the same talk:
 * - the header `WEBVTT`, then NOTE blocks (the WebVTT spec's comments, which players skip) with the title,
 *   `youtube: ID`, the date and other front-matter keys, and the description;
 * - each turn cut into cues of a sentence or a few (split-cues.ts), every cue in a voice span
 *   `<v Speaker>` so a player shows the speaker on each caption;
 * - cue text escaped as the spec requires (`&amp;`, `&lt;`, `&gt;`), which also keeps "-->" out of it;
 * - where the turn has word times, each word's time as a cue timestamp `<00:01:02.345>` before it (the
 *   spec's karaoke-style timestamps: after the cue start, before its end, increasing), so word-level
 *   highlight survives the file;
 * - cue ids marking turns and paragraphs (formats/turn-marks.ts) and `NOTE chapter: Title` before the first
 *   cue of each chapter.
 * Cue starts never go back and every cue ends after it starts, as the spec requires.
 */
import { escapeCueText } from './char-refs.ts';
import { paragraphCueId, turnCueId } from './turn-marks.ts';
import type { Talk } from '../../types.ts';
import { formatCueTime } from '../../time/cue-time.ts';
import { splitTurnIntoCues, wrapLines, type TurnCue } from '../captions/split-cues.ts';
import { turnEnd } from '../../time/turn-end.ts';

/** Podcasting 2.0's notes recommend at most 65 characters per WebVTT line; cues hold about two lines. */
const LAYOUT = { maxChars: 120, lineWidth: 62 };

/** Front-matter keys written elsewhere (title, video id) or with another meaning in a NOTE. */
const RESERVED_META = new Set(['title', 'youtube', 'video', 'youtube_id', 'date', 'chapter']);

/** A NOTE line: the value's lines joined by single spaces (split, not `\s*[\r\n]+\s*`, which is quadratic on long runs of spaces). */
function note(key: string, value: string): string {
  const lines = value
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return `NOTE ${key}: ${escapeCueText(lines.join(' '))}`;
}

/** A cue's words, escaped, each timed word led by its cue timestamp where the spec allows one. */
function cueWords(cue: TurnCue): string[] {
  let last = cue.start;
  return cue.words.map((w, k) => {
    const t = cue.wordTimes?.[k];
    const text = escapeCueText(w);
    if (t === undefined || k === 0 || t <= last || t >= cue.end) return text;
    last = t;
    return `<${formatCueTime(t)}>${text}`;
  });
}

/** The talk as a WebVTT file. */
export function toWebVtt(talk: Talk): string {
  const blocks: string[] = ['WEBVTT'];
  blocks.push(note('title', talk.title));
  if (talk.videoId !== null) blocks.push(note('youtube', talk.videoId));
  const date = talk.meta.date ?? talk.date;
  if (date) blocks.push(note('date', date));
  for (const [key, value] of Object.entries(talk.meta)) {
    if (!RESERVED_META.has(key) && /^[A-Za-z][\w-]*$/.test(key)) blocks.push(note(key, value));
  }
  for (const paragraph of talk.description.split(/\n\s*\n/)) {
    const lines = paragraph
      .split('\n')
      .map((l) => escapeCueText(l.trim()))
      .filter((l) => l !== '');
    if (lines.length > 0) blocks.push(['NOTE description', ...lines].join('\n'));
  }

  let nextChapter = 0;
  const chaptersUpTo = (turnIndex: number) => {
    while (nextChapter < talk.chapters.length && talk.chapters[nextChapter]!.firstTurn <= turnIndex) {
      blocks.push(note('chapter', talk.chapters[nextChapter]!.title));
      nextChapter++;
    }
  };
  talk.turns.forEach((turn, i) => {
    chaptersUpTo(i);
    const voice = turn.speaker === null ? '' : `<v ${escapeCueText(turn.speaker)}>`;
    for (const [k, cue] of splitTurnIntoCues(turn, turn.start, turnEnd(talk, i), LAYOUT).entries()) {
      const id = k === 0 ? turnCueId(i + 1, turn) : cue.opensParagraph ? paragraphCueId(i + 1, cue.paragraph + 1) : null;
      const lines = wrapLines(
        cueWords(cue),
        LAYOUT.lineWidth,
        0,
        cue.words.map((w) => w.length),
      );
      const payload = lines.length === 0 ? [voice] : [voice + lines[0]!, ...lines.slice(1)];
      const timing = `${formatCueTime(cue.start)} --> ${formatCueTime(cue.end)}`;
      blocks.push([...(id === null ? [] : [id]), timing, ...payload.filter((l) => l !== '')].join('\n'));
    }
  });
  chaptersUpTo(Number.POSITIVE_INFINITY);
  return `${blocks.join('\n\n')}\n`;
}
