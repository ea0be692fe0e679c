/**
 * The `align` report in the style of `check` (one finding per line, `TALK:LINE: kind: message`), and the talk
 * rewritten with the recording's times.
 */
import { formatClock } from '../transcript/time/clock.ts';
import type { Talk, Turn } from '../transcript/types.ts';
import { splitWords } from '../transcript/words.ts';
import type { RestoreEdit, RetimeEdit } from './fix/types.ts';
import { isCovered, isPartial } from './coverage.ts';
import { leftOutReason, passageKindLabel } from './passage-labels.ts';

export { leftOutReason, passageKindLabel };
import type { AlignResult, SkippedPassage, SpeakerIssue, TimeIssue } from './types.ts';

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

function speakerFix(issue: SpeakerIssue, talk: Talk | null): string {
  const change = issue.change;
  if (!change) return '';
  if (change.kind === 'reassign') return `; fix: give the turn to ${change.to}`;
  const word = talk ? splitWords(talk.turns[issue.turn]?.text ?? '')[change.atWord] : undefined;
  const where = word === undefined ? `before word ${change.atWord + 1}` : `before "${word}"`;
  const own = talk?.turns[issue.turn]?.speaker;
  return change.firstSpeaker === own
    ? `; fix: split the turn ${where}, giving the rest to ${change.restSpeaker}`
    : `; fix: split the turn ${where}, giving the words before to ${change.firstSpeaker}`;
}

function speakerMessage(issue: SpeakerIssue, talk: Talk | null): string {
  const who = talk?.turns[issue.turn]?.speaker;
  const turn = who ? `${who}'s turn` : 'this turn';
  let why: string;
  if (issue.reason === 'caption-speaker') {
    why = `the recording gives ${turn} to ${issue.context}`;
  } else if (issue.reason === 'speaker-change' && issue.change?.kind === 'split') {
    const { atWord, firstSpeaker, restSpeaker } = issue.change;
    why = `the recording changes speaker ${plural(atWord, 'word')} into ${turn}, from ${firstSpeaker} to ${restSpeaker}: "${issue.context}"`;
  } else if (issue.reason === 'mid-sentence') {
    why = `${turn} starts inside a caption sentence: "${issue.context}"`;
  } else {
    const p = issue.pause!;
    const where = p.where === 'before' ? 'one sentence earlier' : 'one sentence later';
    why =
      `${turn} starts where the captions run on (${p.here.toFixed(1)} s silence); ` +
      `they pause longer ${where} (${p.nearby.toFixed(1)} s): "${issue.context}"`;
  }
  return `check who speaks here: ${why}${speakerFix(issue, talk)} (at ${formatClock(issue.time)})`;
}

/** Fixes written into the talk, for the report of `align --fix`. */
export interface AppliedFixes {
  /** The restore edits written: reported in place of the skipped passages. */
  restored: readonly RestoreEdit[];
  /**
   * With `--restore`, the skipped passages not restored (what an editor leaves out), reported as left out
   * with their words; null when passages were not to be restored (the skipped passages are reported).
   */
  leftOut: readonly SkippedPassage[] | null;
  /** The retime edits written: the notable ones are reported in place of the time findings. */
  retimed: readonly RetimeEdit[] | null;
  /** The drift above which a retime is reported, in seconds. */
  minDrift: number;
}

function restoredMessage(edit: RestoreEdit, talk: Talk | null): string {
  const words = splitWords(talk?.turns[edit.turn]?.text ?? '');
  const before = words.slice(Math.max(0, edit.beforeWord - 3), edit.beforeWord);
  const where = before.length > 0 ? `after "${before.join(' ')}"` : 'at the start of the turn';
  return `${plural(splitWords(edit.text).length, 'word')} from the recording inserted ${where}: ${quote(splitWords(edit.text))} (at ${formatClock(edit.start)})`;
}

function retimedMessage(edit: RetimeEdit): string {
  const secs = Math.round(Math.abs(edit.drift));
  const when = secs === 0 ? 'at that second' : `${plural(secs, 'second')} ${edit.drift > 0 ? 'later' : 'earlier'}`;
  return `written ${formatClock(edit.from)}, now ${formatClock(edit.to)}: the turn starts ${when}`;
}

/**
 * Formats an alignment as report lines: skipped and invented passages first, then speaker checks, then
 * times, each group by talk line, and a summary line with the counts. `talk` (optional) names speakers
 * and words in the findings. With `applied`, the passages restored (and those left out) and the stamps
 * retimed are reported as written instead of as findings, and a line counts them before the summary.
 */
export function formatAlignReport(result: AlignResult, talkFileName: string, talk: Talk | null = null, applied: AppliedFixes | null = null): string {
  const found: { line: number; group: number; order: number; text: string }[] = [];
  const add = (line: number, group: number, order: number, kind: string, message: string) =>
    found.push({ line, group, order, text: `${talkFileName}:${line}: ${kind}: ${message}` });
  const leftOut = applied?.leftOut ?? null;
  if (applied !== null && leftOut !== null) {
    // Passages on one line in the order they are heard.
    for (const r of applied.restored) add(r.line, 0, r.start, 'restored', restoredMessage(r, talk));
    for (const s of leftOut) add(s.line, 0, s.start, 'left out', `${leftOutReason(s)}: ${quote(s.words)} (at ${formatClock(s.start)})`);
  } else {
    for (const s of result.skipped) {
      const message = `${passageKindLabel(s)}, ${plural(s.words.length, 'word')} in the recording, not in the transcript: ${quote(s.words)}`;
      add(s.line, 0, s.start, 'skipped', `${message} (at ${formatClock(s.start)})`);
    }
  }
  for (const v of result.invented) {
    const message = `${plural(v.words.length, 'word')} in the transcript, not in the recording: ${quote(v.words)}`;
    add(v.line, 0, Infinity, 'invented', `${message} (at ${formatClock(v.start)})`);
  }
  for (const s of result.speakers) add(s.line, 1, 0, 'speaker', speakerMessage(s, talk));
  const retimed = applied?.retimed ?? null;
  if (retimed !== null) {
    for (const r of retimed) if (r.notable) add(r.line, 2, 0, 'retimed', retimedMessage(r));
  } else {
    for (const t of result.times) add(t.line, 2, 0, 'time', timeMessage(t));
  }
  found.sort((x, y) => x.group - y.group || x.line - y.line || x.order - y.order);

  const { heard, comparable, share } = heardShare(result);
  const skippedWords = result.skipped.reduce((n, s) => n + s.words.length, 0);
  const inventedWords = result.invented.reduce((n, s) => n + s.words.length, 0);
  const summary =
    `${plural(result.skipped.length, 'skipped passage')} (${plural(skippedWords, 'word')}${kindCounts(result.skipped)}), ` +
    `${plural(result.invented.length, 'invented passage')} (${plural(inventedWords, 'word')}), ` +
    `${plural(result.times.length, 'time issue')}, ${plural(result.speakers.length, 'speaker check')}; ` +
    `${heard} of ${comparable} talk words heard in the captions (${share.toFixed(1)}%)`;
  const lines = found.map((f) => f.text);
  if (applied !== null) {
    const parts: string[] = [];
    if (leftOut !== null) {
      const words = applied.restored.reduce((n, r) => n + splitWords(r.text).length, 0);
      parts.push(`${plural(applied.restored.length, 'passage')} restored (${plural(words, 'word')})`);
      if (leftOut.length > 0) parts.push(`${leftOut.length} left out (${kindCounts(leftOut).slice(2)}; --restore=all restores them too)`);
    }
    if (retimed !== null) {
      const notable = retimed.filter((r) => r.notable).length;
      parts.push(`${plural(retimed.length, 'stamp')} retimed (${notable} off by more than ${applied.minDrift} s or out of order)`);
    }
    lines.push(`fixed: ${parts.length > 0 ? parts.join(', ') : 'nothing to change'}`);
  }
  lines.push(summary);
  const warning = alignmentWarning(result, talkFileName);
  if (warning !== null) lines.push(warning);
  return lines.join('\n') + '\n';
}

/** "; 14 content, 10 disfluencies, 4 fragments": the passages by kind, those there are; '' for none. */
function kindCounts(passages: readonly SkippedPassage[]): string {
  const counts = { content: 0, disfluency: 0, fragment: 0 };
  for (const p of passages) counts[p.kind]++;
  const parts = [
    counts.content > 0 ? `${counts.content} content` : '',
    counts.disfluency > 0 ? plural(counts.disfluency, 'disfluency', 'disfluencies') : '',
    counts.fragment > 0 ? plural(counts.fragment, 'fragment') : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `; ${parts.join(', ')}`;
}

/** How many of the talk's comparable words were heard in the captions, and their share in percent. */
export function heardShare(result: AlignResult): { heard: number; comparable: number; share: number } {
  const heard = result.turns.reduce((n, t) => n + t.matchedWords, 0);
  const comparable = result.turns.reduce((n, t) => n + t.comparableWords, 0);
  return { heard, comparable, share: comparable === 0 ? 0 : (100 * heard) / comparable };
}

/**
 * What the reader of an alignment must know before trusting it, or null: that the captions cover only
 * part of the talk (the turns outside were not checked), or that most of the talk is missing from them
 * (wrong video, wrong language). The `md` and `json` outputs print it too: their times would otherwise
 * look as trustworthy as any.
 */
export function alignmentWarning(result: AlignResult, talkFileName: string): string | null {
  const notes = [coverageNote(result), lowShareNote(result)].filter((note) => note !== null);
  return notes.length === 0 ? null : `${talkFileName}: ${notes.join('; ')}`;
}

/** The warning that the captions are likely of another recording, or null; see `alignmentWarning`. */
export function lowShareWarning(result: AlignResult, talkFileName: string): string | null {
  const note = lowShareNote(result);
  return note === null ? null : `${talkFileName}: ${note}`;
}

function lowShareNote(result: AlignResult): string | null {
  const { comparable, share } = heardShare(result);
  if (comparable === 0 || share >= LOW_SHARE) return null;
  return `only ${share.toFixed(0)}% of the talk's words are in the captions: check that the captions are of this recording`;
}

/** "the captions cover only 0:00–5:02 of the talk: turns from line 123 on (244 turns) were not checked". */
export function coverageNote(result: AlignResult): string | null {
  const { coverage, turns } = result;
  if (!isPartial(coverage, turns.length) || coverage.captionStart === null || coverage.captionEnd === null) return null;
  const outside: string[] = [];
  if (coverage.firstTurn > 0) outside.push(`before line ${turns[coverage.firstTurn]!.line} (${plural(coverage.firstTurn, 'turn')})`);
  const after = turns.length - 1 - coverage.lastTurn;
  if (after > 0) outside.push(`from line ${turns[coverage.lastTurn + 1]!.line} on (${plural(after, 'turn')})`);
  const span = `${formatClock(coverage.captionStart)}–${formatClock(coverage.captionEnd)}`;
  return `the captions cover only ${span} of the talk: turns ${outside.join(' and ')} are beyond them and were not checked`;
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
    // Beyond the captions: the talk's own time and stamp stay, kept in order with what came before.
    if (!isCovered(result.coverage, t)) {
      const start = Math.max(turn.start, exact ? previous : previous + 1);
      previous = start;
      return start === turn.start ? { ...turn } : { ...turn, start, stamp: turn.stamp === null ? null : start };
    }
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
  const duration = Math.max(previous, last ? last.end + WORD_SECONDS : talk.duration, isPartial(result.coverage, talk.turns.length) ? talk.duration : 0);
  return { ...talk, turns, chapters, duration };
}
