/**
 * The `align` report in the style of `check` (one finding per line, `TALK:LINE: kind: message`), and the talk
 * rewritten with the recording's times.
 */
import { formatClock } from '../transcript/time/clock.ts';
import type { Talk, Turn } from '../transcript/types.ts';
import type { AlignResult, SpeakerIssue, TimeIssue } from './types.ts';

// Long enough to paste a dropped sentence back into the talk, short enough to keep the report readable.
const MAX_QUOTED_WORDS = 60;
const WORD_SECONDS = 0.4;
// Below this share of talk words heard, the findings say more about the files than about the talk.
const LOW_SHARE = 50;

function quote(words: readonly string[]): string {
  const shown = words.length > MAX_QUOTED_WORDS ? [...words.slice(0, MAX_QUOTED_WORDS), '…'] : words;
  return `"${shown.join(' ')}"`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function timeMessage(issue: TimeIssue): string {
  const secs = Math.round(Math.abs(issue.delta));
  const when = secs === 0 ? 'at that second' : `${plural(secs, 'second')} ${issue.delta > 0 ? 'later' : 'earlier'}`;
  const what =
    issue.reason === 'order'
      ? `written ${formatClock(issue.stamp)} is out of order with the stamps above; the turn starts ${when}`
      : `written ${formatClock(issue.stamp)}, but the turn starts ${when}`;
  return `${what} (at ${formatClock(issue.aligned)})`;
}

function speakerMessage(issue: SpeakerIssue, talk: Talk | null): string {
  const who = talk?.turns[issue.turn]?.speaker;
  const turn = who ? `${who}'s turn` : 'this turn';
  let why: string;
  if (issue.reason === 'caption-speaker') {
    why = `the captions give most of ${turn} to ${issue.context}`;
  } else if (issue.reason === 'mid-sentence') {
    why = `${turn} starts inside a caption sentence: "${issue.context}"`;
  } else {
    const p = issue.pause!;
    const where = p.where === 'before' ? 'one sentence earlier' : 'one sentence later';
    why =
      `${turn} starts where the captions run on (${p.here.toFixed(1)} s silence); ` +
      `they pause longer ${where} (${p.nearby.toFixed(1)} s): "${issue.context}"`;
  }
  return `check who speaks here: ${why} (at ${formatClock(issue.time)})`;
}

/**
 * Formats an alignment as report lines sorted by talk line, then a summary line with the counts.
 * `talk` (optional) names speakers in speaker findings.
 */
export function formatAlignReport(result: AlignResult, talkFileName: string, talk: Talk | null = null): string {
  const found: { line: number; order: number; text: string }[] = [];
  const add = (line: number, order: number, kind: string, message: string) =>
    found.push({ line, order, text: `${talkFileName}:${line}: ${kind}: ${message}` });
  for (const s of result.skipped) {
    const message = `${plural(s.words.length, 'word')} in the recording, not in the transcript: ${quote(s.words)}`;
    add(s.line, 0, 'skipped', `${message} (at ${formatClock(s.start)})`);
  }
  for (const v of result.invented) {
    const message = `${plural(v.words.length, 'word')} in the transcript, not in the recording: ${quote(v.words)}`;
    add(v.line, 1, 'invented', `${message} (at ${formatClock(v.start)})`);
  }
  for (const t of result.times) add(t.line, 2, 'time', timeMessage(t));
  for (const s of result.speakers) add(s.line, 3, 'speaker', speakerMessage(s, talk));
  found.sort((x, y) => x.line - y.line || x.order - y.order);

  const { heard, comparable, share } = heardShare(result);
  const skippedWords = result.skipped.reduce((n, s) => n + s.words.length, 0);
  const inventedWords = result.invented.reduce((n, s) => n + s.words.length, 0);
  const summary =
    `${plural(result.skipped.length, 'skipped passage')} (${plural(skippedWords, 'word')}), ` +
    `${plural(result.invented.length, 'invented passage')} (${plural(inventedWords, 'word')}), ` +
    `${plural(result.times.length, 'time issue')}, ${plural(result.speakers.length, 'speaker check')}; ` +
    `${heard} of ${comparable} talk words heard in the captions (${share.toFixed(1)}%)`;
  const lines = [...found.map((f) => f.text), summary];
  const warning = lowShareWarning(result, talkFileName);
  if (warning !== null) lines.push(warning);
  return lines.join('\n') + '\n';
}

/** How many of the talk's comparable words were heard in the captions, and their share in percent. */
export function heardShare(result: AlignResult): { heard: number; comparable: number; share: number } {
  const heard = result.turns.reduce((n, t) => n + t.matchedWords, 0);
  const comparable = result.turns.reduce((n, t) => n + t.comparableWords, 0);
  return { heard, comparable, share: comparable === 0 ? 0 : (100 * heard) / comparable };
}

/**
 * A warning when most of the talk is missing from the captions (wrong video, wrong language), or null.
 * The `md` and `json` outputs print it too: their times would otherwise look as trustworthy as any.
 */
export function lowShareWarning(result: AlignResult, talkFileName: string): string | null {
  const { comparable, share } = heardShare(result);
  if (comparable === 0 || share >= LOW_SHARE) return null;
  return `${talkFileName}: only ${share.toFixed(0)}% of the talk's words are in the captions: check that the captions are of this recording`;
}

/** How `applyAlignedTimes` writes turn starts. */
export interface ApplyTimesOptions {
  /**
   * 'whole' (default): whole seconds, as a markdown stamp holds them. 'exact': the aligned time itself, for
   * outputs that keep fractions (Podcasting 2.0 JSON, the viewer), where rounding would cost up to a second.
   */
  seconds?: 'whole' | 'exact';
}

/**
 * The talk with every turn started at its aligned time (written as a stamp, no longer estimated) and
 * per-word times attached. Text, paragraphs, speakers and everything else are kept as they were.
 * Whole-second stamps are rounded down so a link plays the turn's first word from its beginning, and
 * strictly increasing: a talk file cannot start two turns on the same second, so a turn that begins in
 * the same second as the one before it is stamped one second later. Exact starts only never decrease.
 */
export function applyAlignedTimes(talk: Talk, result: AlignResult, options: ApplyTimesOptions = {}): Talk {
  if (result.turns.length !== talk.turns.length) {
    throw new RangeError(
      `the alignment has ${result.turns.length} turns but the talk has ${talk.turns.length}; align this talk again`,
    );
  }
  const exact = options.seconds === 'exact';
  let previous = exact ? 0 : -1;
  const turns: Turn[] = talk.turns.map((turn, t) => {
    const aligned = result.turns[t]!;
    const start = exact ? Math.max(aligned.start, previous) : Math.max(Math.floor(aligned.start), previous + 1);
    previous = start;
    return { ...turn, start, stamp: start, estimated: false, words: aligned.words.map((w) => ({ ...w })) };
  });
  const chapters = talk.chapters.map((c) => {
    const first = turns[c.firstTurn];
    return first ? { ...c, start: first.start, estimated: false } : { ...c };
  });
  const last = result.turns[result.turns.length - 1];
  // The last word's start plus about one word: the recording's end as far as the words tell.
  const duration = Math.max(previous, last ? last.end + WORD_SECONDS : talk.duration);
  return { ...talk, turns, chapters, duration };
}
