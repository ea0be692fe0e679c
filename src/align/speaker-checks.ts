/**
 * "Check who speaks here": places where the captions suggest the talk changes speaker at the wrong word.
 * A clean-up that mixes up speakers usually moves a whole sentence across a turn boundary, so the
 * evidence looked for is local: a caption sentence running on across the boundary, or a clearly longer
 * silence one sentence earlier or later than the boundary. Captions that name speakers are compared
 * directly instead.
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { captionWords } from './findings.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import type { SpeakerIssue } from './types.ts';

/** How much longer the nearby silence must be, as a ratio and in seconds, to point away from the boundary. */
const PAUSE_RATIO = 1.5;
const PAUSE_MARGIN = 0.4;

function isMatch(al: WordAlignment, i: number): boolean {
  return al.link[i] === Link.Exact || al.link[i] === Link.Fuzzy;
}

/** Caption silence between talk tokens i and i+1 when both are matched to adjacent, word-timed caption words. */
function silenceAfter(captions: CaptionSequence, al: WordAlignment, i: number): number | null {
  if (i < 0 || i + 1 >= al.aToB.length || !isMatch(al, i) || !isMatch(al, i + 1)) return null;
  const j0 = al.aToB[i]!;
  const j1 = al.aToB[i + 1]!;
  if (j1 !== j0 + 1 || captions.wordTimed[j0] !== 1 || captions.wordTimed[j1] !== 1) return null;
  return captions.time[j1]! - captions.time[j0]!;
}

function context(captions: CaptionSequence, j0: number, j1: number): string {
  const left = captionWords(captions, Math.max(0, j0 - 5), j0).join(' ');
  const right = captionWords(captions, j1, Math.min(captions.tokens.length - 1, j1 + 5)).join(' ');
  return `${left} | ${right}`;
}

/** The longer silence at the talk's sentence boundary just before, or just after, the turn boundary. */
function nearbySilence(
  seq: TalkSequence,
  captions: CaptionSequence,
  al: WordAlignment,
  t: number,
): { nearby: number; where: 'before' | 'after' } | null {
  const boundary = seq.firstToken[t]! - 1;
  let best: { nearby: number; where: 'before' | 'after' } | null = null;
  // The last sentence of the previous turn starts after the sentence end before it.
  for (let i = boundary - 1; i >= seq.firstToken[t - 1]!; i--) {
    if (seq.sentenceEnd[i] !== 1) continue;
    const s = silenceAfter(captions, al, i);
    if (s !== null) best = { nearby: s, where: 'before' };
    break;
  }
  // The first sentence of this turn ends at its first sentence end (not the turn's last token).
  for (let i = boundary + 1; i < seq.firstToken[t + 1]! - 1; i++) {
    if (seq.sentenceEnd[i] !== 1) continue;
    const s = silenceAfter(captions, al, i);
    if (s !== null && (best === null || s > best.nearby)) best = { nearby: s, where: 'after' };
    break;
  }
  return best;
}

/** Checks every change of speaker in the talk against the captions around it. */
function boundaryIssues(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): SpeakerIssue[] {
  const out: SpeakerIssue[] = [];
  for (let t = 1; t < talk.turns.length; t++) {
    const prev = talk.turns[t - 1]!;
    const cur = talk.turns[t]!;
    if (prev.speaker === null || cur.speaker === null || prev.speaker === cur.speaker) continue;
    const i1 = seq.firstToken[t]!;
    const i0 = i1 - 1;
    if (i0 < 0 || i1 >= seq.firstToken[t + 1]! || seq.turnOf[i0] !== t - 1) continue;
    if (!isMatch(al, i0) || !isMatch(al, i1)) continue;
    const j0 = al.aToB[i0]!;
    const j1 = al.aToB[i1]!;
    // Caption words between the two that the talk lacks: the boundary's place in the captions is unclear.
    if (j1 !== j0 + 1 || captions.cueStart[j1] === 1) continue;
    const base = { turn: t, line: cur.line, time: captions.time[j1]!, context: context(captions, j0, j1) };
    if (captions.punctuated) {
      if (captions.sentenceEnd[j0] !== 1) out.push({ ...base, reason: 'mid-sentence' });
      continue;
    }
    const here = silenceAfter(captions, al, i0);
    const near = here === null ? null : nearbySilence(seq, captions, al, t);
    if (here === null || near === null) continue;
    if (near.nearby >= here * PAUSE_RATIO && near.nearby - here >= PAUSE_MARGIN) {
      out.push({ ...base, reason: 'longer-pause', pause: { here, ...near } });
    }
  }
  return out;
}

/** With named caption speakers: map each talk speaker to the caption speaker it mostly is, then check turns. */
function captionSpeakerIssues(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): SpeakerIssue[] {
  const votes = new Map<string, number[]>();
  for (let i = 0; i < seq.tokens.length; i++) {
    const name = talk.turns[seq.turnOf[i]!]!.speaker;
    const sp = isMatch(al, i) ? captions.speaker[al.aToB[i]!]! : -1;
    if (name === null || sp < 0) continue;
    const v = votes.get(name) ?? new Array<number>(captions.speakers.length).fill(0);
    v[sp]!++;
    votes.set(name, v);
  }
  const mapped = new Map<string, number>();
  for (const [name, v] of votes) mapped.set(name, v.indexOf(Math.max(...v)));
  const out: SpeakerIssue[] = [];
  for (let t = 0; t < talk.turns.length; t++) {
    const turn = talk.turns[t]!;
    const expected = turn.speaker === null ? undefined : mapped.get(turn.speaker);
    if (expected === undefined) continue;
    let other = 0;
    let total = 0;
    let firstOther = -1;
    for (let i = seq.firstToken[t]!; i < seq.firstToken[t + 1]!; i++) {
      const sp = isMatch(al, i) ? captions.speaker[al.aToB[i]!]! : -1;
      if (sp < 0) continue;
      total++;
      if (sp !== expected) {
        other++;
        if (firstOther < 0) firstOther = al.aToB[i]!;
      }
    }
    // A few words can sit across a caption speaker change; most of a turn cannot.
    if (other >= 4 && other * 2 >= total) {
      const name = captions.speakers[captions.speaker[firstOther]!] ?? '';
      out.push({ turn: t, line: turn.line, time: captions.time[firstOther]!, reason: 'caption-speaker', context: name });
    }
  }
  return out;
}

/**
 * Speaker checks: with captions that name speakers, turns the captions give to someone else; otherwise
 * changes of speaker that the captions' sentences or silences place elsewhere.
 */
export function findSpeakerIssues(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): SpeakerIssue[] {
  if (captions.speakers.length >= 2) return captionSpeakerIssues(talk, seq, captions, al);
  return boundaryIssues(talk, seq, captions, al);
}
