/**
 * From findings to proposed edits: every skipped passage becomes a restore, every written stamp that the
 * recording places on another second a retime, and every speaker finding backed by the recording's own
 * speakers a reassign or split. Pure: the same alignment gives the same edits with the same ids.
 */
import type { Talk } from '../../transcript/types.ts';
import { splitWords } from '../../transcript/words.ts';
import { DEFAULT_MIN_DRIFT, lineOfWord } from '../findings.ts';
import type { AlignResult } from '../types.ts';
import { endsSentence, restoreText, startsWithCapital } from './restore-text.ts';
import type { FixEdit, ReassignEdit, RestoreEdit, RetimeEdit, SplitEdit } from './types.ts';

export interface ProposeOptions {
  /** Retimes drifting more than this many seconds are marked `notable`; DEFAULT_MIN_DRIFT when left out. */
  minDrift?: number;
}

const KIND_ORDER = { restore: 0, reassign: 1, split: 2, retime: 3 } as const;

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** How well a passage fits before word `b`: at a sentence start counts most, then before a sentence start. */
function fit(words: readonly string[], b: number): number {
  const before = words[b - 1];
  const after = words[b];
  return (before === undefined || endsSentence(before) ? 2 : 0) + (after === undefined || startsWithCapital(after) ? 1 : 0);
}

/**
 * The place for a passage among equivalent ones. When the passage ends with the word just before its
 * place ("…all these advances it's | It's kind of"), putting it one word earlier gives the same words in
 * the same order; likewise forwards when it starts with the word after. The aligner picks one of these at
 * random as far as the reader is concerned, so the one at a sentence boundary is taken.
 */
function bestPlace(words: readonly string[], passage: readonly string[], beforeWord: number): { beforeWord: number; passage: string[] } {
  let best = { beforeWord, passage: [...passage], score: fit(words, beforeWord) };
  let p = [...passage];
  for (let b = beforeWord; b > 0 && p.length > 0 && bare(p[p.length - 1]!) !== '' && bare(p[p.length - 1]!) === bare(words[b - 1]!); ) {
    p = [p[p.length - 1]!, ...p.slice(0, -1)];
    b--;
    if (fit(words, b) > best.score) best = { beforeWord: b, passage: p, score: fit(words, b) };
  }
  p = [...passage];
  for (let b = beforeWord; b < words.length && p.length > 0 && bare(p[0]!) !== '' && bare(p[0]!) === bare(words[b]!); ) {
    p = [...p.slice(1), p[0]!];
    b++;
    if (fit(words, b) > best.score) best = { beforeWord: b, passage: p, score: fit(words, b) };
  }
  return { beforeWord: best.beforeWord, passage: best.passage };
}

/** Restores, one per skipped passage, at the finding's place or an equivalent one at a sentence boundary. */
function restores(result: AlignResult, talk: Talk): RestoreEdit[] {
  return result.skipped.map((s) => {
    const words = splitWords(talk.turns[s.turn]?.text ?? '');
    const { beforeWord, passage } = bestPlace(words, s.words, s.beforeWord);
    const before = words[beforeWord - 1];
    const after = words[beforeWord];
    const text = restoreText(passage, {
      startsSentence: before === undefined || endsSentence(before),
      endsSentence: after === undefined || startsWithCapital(after),
    });
    const line = beforeWord === s.beforeWord ? s.line : lineOfWord(talk, s.turn, beforeWord);
    return { kind: 'restore', id: `restore-${s.turn}-${beforeWord}`, turn: s.turn, line, beforeWord, text, words: passage, start: s.start, end: s.end };
  });
}

/**
 * Retimes for every written stamp: the aligned start rounded down (so a link plays the turn's first word
 * from its beginning), kept strictly increasing, since a talk cannot start two turns on one second. A turn
 * with no word heard in the captions keeps its stamp: its aligned time is only interpolated.
 */
function retimes(result: AlignResult, talk: Talk, minDrift: number): RetimeEdit[] {
  const out: RetimeEdit[] = [];
  let previous = -1;
  let highest = -Infinity;
  for (const aligned of result.turns) {
    const turn = talk.turns[aligned.index];
    if (!turn || turn.stamp === null) continue;
    const heard = aligned.matchedWords > 0;
    const to = Math.max(heard ? Math.floor(aligned.start) : turn.stamp, previous + 1);
    const drift = aligned.start - turn.stamp;
    const outOfOrder = turn.stamp < highest;
    highest = Math.max(highest, turn.stamp);
    previous = to;
    if (to === turn.stamp) continue;
    out.push({
      kind: 'retime',
      id: `retime-${aligned.index}`,
      turn: aligned.index,
      line: turn.line,
      from: turn.stamp,
      to,
      drift,
      notable: outOfOrder || (heard && Math.abs(drift) > minDrift),
    });
  }
  return out;
}

function speakerEdits(result: AlignResult, talk: Talk): Array<ReassignEdit | SplitEdit> {
  const out: Array<ReassignEdit | SplitEdit> = [];
  for (const issue of result.speakers) {
    const change = issue.change;
    const turn = talk.turns[issue.turn];
    if (!change || !turn) continue;
    if (change.kind === 'reassign') {
      out.push({ kind: 'reassign', id: `reassign-${issue.turn}`, turn: issue.turn, line: turn.line, from: turn.speaker, to: change.to });
    } else {
      out.push({
        kind: 'split',
        id: `split-${issue.turn}-${change.atWord}`,
        turn: issue.turn,
        line: issue.line,
        atWord: change.atWord,
        firstSpeaker: change.firstSpeaker,
        restSpeaker: change.restSpeaker,
        time: issue.time,
      });
    }
  }
  return out;
}

/**
 * Every fix the alignment supports for `talk` (the talk that was aligned), sorted by line. Nothing is
 * applied: a person accepts some and `applyEdits` writes those.
 */
export function proposeFixes(result: AlignResult, talk: Talk, options: ProposeOptions = {}): FixEdit[] {
  if (result.turns.length !== talk.turns.length) {
    throw new RangeError(`the alignment has ${result.turns.length} turns but the talk has ${talk.turns.length}; align this talk again`);
  }
  const edits: FixEdit[] = [...restores(result, talk), ...speakerEdits(result, talk), ...retimes(result, talk, options.minDrift ?? DEFAULT_MIN_DRIFT)];
  // Two passages placed at the same word would share an id; number the later ones.
  const seen = new Map<string, number>();
  for (const e of edits) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  return edits.sort((a, b) => a.line - b.line || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.turn - b.turn);
}
