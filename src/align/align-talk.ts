/**
 * Aligns an edited talk with the raw captions of its recording: one call gives every turn and word a time
 * from the recording and lists what the edit skipped, invented, mis-stamped or mis-attributed.
 */
import type { Talk } from '../transcript/types.ts';
import { alignWords, type AlignWordsOptions } from './align-words.ts';
import { findCoverage, isCovered } from './coverage.ts';
import { findInvented, findTimeIssues } from './findings.ts';
import { Link } from './gap-dp.ts';
import { captionSequence, talkSequence } from './sequences.ts';
import { findSkipped } from './skipped-passages.ts';
import { joinSplitGaps } from './split-gaps.ts';
import { findSpeakerIssues } from './speaker-checks.ts';
import { tokenTimes, wordTimes } from './timing.ts';
import { keepTurnEdgesTogether } from './turn-edges.ts';
import type { AlignedTurn, AlignResult, AlignStats } from './types.ts';
import { splitWords } from '../transcript/words.ts';

export interface AlignTalkOptions extends AlignWordsOptions {
  /** Seconds a written stamp may be off before it is a time finding; DEFAULT_MIN_DRIFT when left out. */
  minDrift?: number;
}

/**
 * Aligns `talk` (any reader's talk, usually markdown) with `captions` (a talk read from a caption file:
 * per-word times when the captions have them, else each cue's time is spread over its words).
 * Pure and synchronous; memory grows linearly with the number of words.
 */
export function alignTalk(talk: Talk, captions: Talk, options: AlignTalkOptions = {}): AlignResult {
  const seq = talkSequence(talk);
  const cap = captionSequence(captions);
  const al = alignWords(seq.tokens, cap.tokens, options);
  keepTurnEdgesTogether(seq, cap, al);
  joinSplitGaps(seq, cap, al);
  // With nothing paired (empty or unrelated captions), the talk's own timeline is the best there is.
  const fallback = (t: number) => talk.turns[t]?.start ?? 0;
  const times = tokenTimes(seq, cap, al, fallback);
  const timed = wordTimes(seq, times, fallback);

  const stats: AlignStats = {
    talkWords: seq.words.reduce((s, w) => s + w.length, 0),
    captionWords: cap.words.length,
    talkTokens: seq.tokens.length,
    captionTokens: cap.tokens.length,
    exact: 0,
    fuzzy: 0,
    substituted: 0,
    unpairedTalk: 0,
    unpairedCaptions: 0,
  };
  for (let i = 0; i < seq.tokens.length; i++) {
    const link = al.link[i];
    if (link === Link.Exact) stats.exact++;
    else if (link === Link.Fuzzy) stats.fuzzy++;
    else if (link === Link.Substituted) stats.substituted++;
    else stats.unpairedTalk++;
  }
  for (let j = 0; j < cap.tokens.length; j++) if (al.bToA[j]! < 0) stats.unpairedCaptions++;

  const { coverage, fromToken, toToken } = findCoverage(talk, seq, cap, al);
  const turns: AlignedTurn[] = talk.turns.map((turn, t) => {
    if (!isCovered(coverage, t)) return uncoveredTurn(talk, t);
    const words = timed[t]!;
    const start = words[0]?.start ?? fallback(t);
    const end = words[words.length - 1]?.start ?? start;
    // Count words, not tokens: "end-to-end" is one word of the turn however many tokens it made.
    const comparable = new Set<number>();
    const matched = new Set<number>();
    // Only the words the captions span count: a clip of part of a turn neither hears nor misses the rest.
    for (let i = Math.max(seq.firstToken[t]!, fromToken); i < Math.min(seq.firstToken[t + 1]!, toToken + 1); i++) {
      comparable.add(seq.wordOf[i]!);
      if (al.link[i] === Link.Exact || al.link[i] === Link.Fuzzy) matched.add(seq.wordOf[i]!);
    }
    return {
      index: t,
      line: turn.line,
      speaker: turn.speaker,
      start,
      end,
      stamp: turn.stamp,
      delta: turn.stamp === null ? null : start - turn.stamp,
      words,
      matchedWords: matched.size,
      comparableWords: comparable.size,
    };
  });

  return {
    turns,
    coverage,
    skipped: findSkipped(talk, seq, cap, al),
    // Unheard words before the first word heard or after the last are beyond captions that start late or stop early.
    invented: findInvented(talk, seq, al, times).filter((passage) => {
      const before = (token: number) => passage.turn < seq.turnOf[token]! || (passage.turn === seq.turnOf[token]! && passage.firstWord < seq.wordOf[token]!);
      const after = (token: number) => passage.turn > seq.turnOf[token]! || (passage.turn === seq.turnOf[token]! && passage.firstWord > seq.wordOf[token]!);
      return !((fromToken > 0 && before(fromToken)) || (toToken < seq.tokens.length - 1 && after(toToken)));
    }),
    times: findTimeIssues(turns, options.minDrift),
    speakers: findSpeakerIssues(talk, seq, cap, al).filter((issue) => isCovered(coverage, issue.turn)),
    stats,
  };
}

/** A turn the captions do not reach, as the talk has it: its own times, nothing heard, no stamp to judge. */
function uncoveredTurn(talk: Talk, t: number): AlignedTurn {
  const turn = talk.turns[t]!;
  const words = turn.words !== undefined && turn.words.length > 0 ? turn.words.map((w) => ({ ...w })) : splitWords(turn.text).map((text) => ({ text, start: turn.start }));
  return { index: t, line: turn.line, speaker: turn.speaker, start: turn.start, end: words.at(-1)?.start ?? turn.start, stamp: turn.stamp, delta: null, words, matchedWords: 0, comparableWords: 0 };
}
