/**
 * From findings to proposed edits: every skipped passage becomes a restore (marked with the passage's
 * kind: content is what `--restore` writes, the rest is left out unless asked for), every written stamp that the
 * recording places on another second a retime, and every speaker finding backed by the recording's own
 * speakers a reassign or split. Pure: the same alignment gives the same edits with the same ids.
 */
import type { Talk } from '../../transcript/types.ts';
import { splitWords } from '../../transcript/words.ts';
import { DEFAULT_MIN_DRIFT } from '../findings.ts';
import type { AlignResult } from '../types.ts';
import { endsSentence, restoreText, startsWithCapital } from './restore-text.ts';
import type { FixEdit, ReassignEdit, RestoreEdit, RetimeEdit, SplitEdit } from './types.ts';

export interface ProposeOptions {
  /** Retimes drifting more than this many seconds are marked `notable`; DEFAULT_MIN_DRIFT when left out. */
  minDrift?: number;
}

const KIND_ORDER = { restore: 0, reassign: 1, split: 2, retime: 3 } as const;

/**
 * Restores, one per skipped passage, where the finding places it. Content is written as the finding
 * cleaned it (said once, hesitations dropped); the other kinds in the recording's words, for a reader who
 * restores them anyway. Either way with sentence case and end punctuation where the transcript around it
 * has them.
 */
function restores(result: AlignResult, talk: Talk): RestoreEdit[] {
  return result.skipped.map((s) => {
    const words = splitWords(talk.turns[s.turn]?.text ?? '');
    const before = words[s.beforeWord - 1];
    const after = words[s.beforeWord];
    const content = s.kind === 'content';
    const text = restoreText(content ? s.clean : s.words, {
      startsSentence: before === undefined || endsSentence(before),
      endsSentence: after === undefined || startsWithCapital(after),
    });
    return {
      kind: 'restore',
      id: `restore-${s.turn}-${s.beforeWord}`,
      turn: s.turn,
      line: s.line,
      beforeWord: s.beforeWord,
      text,
      words: s.words,
      start: s.start,
      end: s.end,
      passage: s.kind,
      why: s.why,
      capitalizeNext: content && s.capitalizeNext && after !== undefined && !startsWithCapital(after),
    };
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
