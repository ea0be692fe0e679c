/**
 * "Check who speaks here": places where the captions suggest the talk changes speaker at the wrong word.
 * A clean-up that mixes up speakers usually moves a whole sentence across a turn boundary, so the
 * evidence looked for is local: a caption sentence running on across the boundary, or a clearly longer
 * silence one sentence earlier or later than the boundary. Captions that name speakers are compared
 * directly instead.
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { captionWords, lineOfWord } from './findings.ts';
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

/**
 * A run of words the recording gives to someone else, shorter than this, is a cue straddling a change;
 * a run one word shorter still counts when it is a whole sentence of the talk ("Yes, breadth knowledge.").
 */
const MIN_RUN = 4;
/** Share of a run's speaker-tagged words that must be someone else's for the run to count. */
const RUN_SHARE = 0.8;
/** Words of the turn's own speaker, together at one end, that keep the turn theirs. */
const MIN_OWN = 3;
const SENTENCE_END = /[.?!\u2026]["'\u201d\u2019)\]]*$/;

function majority(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const n of names) {
    const c = (counts.get(n) ?? 0) + 1;
    counts.set(n, c);
    if (best === null || c > counts.get(best)!) best = n;
  }
  return best;
}

/**
 * Who the recording says speaks each caption token, in the talk's names, or null where it says nothing.
 * Named caption speakers map to the talk speaker of the same name, else to the talk speaker most of their
 * words belong to; with `>>` change marks only, each stretch between marks is given the talk speaker most
 * of its words belong to. Null altogether when the captions carry no speaker information.
 */
export function recordingSpeakers(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): (string | null)[] | null {
  const m = captions.tokens.length;
  let group: Int32Array;
  let groups: number;
  const names: (string | null)[] = [];
  if (captions.speakers.length >= 2) {
    group = captions.speaker;
    groups = captions.speakers.length;
    const talkNames = new Map(talk.speakers.map((s) => [s.name.trim().toLowerCase(), s.name]));
    for (const name of captions.speakers) names.push(talkNames.get(name.trim().toLowerCase()) ?? null);
  } else if (captions.changeMark.some((x) => x === 1)) {
    group = new Int32Array(m);
    let g = 0;
    for (let j = 0; j < m; j++) {
      if (captions.changeMark[j] === 1 && j > 0) g++;
      group[j] = g;
    }
    groups = g + 1;
    for (let k = 0; k < groups; k++) names.push(null);
  } else {
    return null;
  }
  // Unnamed groups take the talk speaker most of their heard words are given to.
  const votes: string[][] = Array.from({ length: groups }, () => []);
  for (let i = 0; i < seq.tokens.length; i++) {
    const name = talk.turns[seq.turnOf[i]!]!.speaker;
    if (name === null || !isMatch(al, i)) continue;
    const g = group[al.aToB[i]!]!;
    if (g >= 0) votes[g]!.push(name);
  }
  const unnamed = !names.some((n) => n !== null);
  if (unnamed && talk.speakers.length === 2) {
    // Two speakers and change marks: the stretches alternate, so only which one speaks first is open. It
    // is decided over the whole talk, so a stretch mostly given to the wrong speaker is still named right.
    const [a, b] = [talk.speakers[0]!.name, talk.speakers[1]!.name];
    let agree = 0;
    for (let g = 0; g < groups; g++) for (const v of votes[g]!) agree += v === (g % 2 === 0 ? a : b) ? 1 : -1;
    for (let g = 0; g < groups; g++) names[g] = (g % 2 === 0) === agree >= 0 ? a : b;
  }
  for (let g = 0; g < groups; g++) if (names[g] === null) names[g] = majority(votes[g]!);
  return Array.from(group, (g) => (g >= 0 ? names[g]! : null));
}

/** The word where a new speaker most likely starts between words lo (exclusive) and hi: a sentence start if any. */
function boundaryWord(words: readonly string[], lo: number, hi: number): number {
  for (let w = lo + 1; w <= hi; w++) if (SENTENCE_END.test(words[w - 1]!)) return w;
  return hi;
}

/** With caption speakers or change marks: turns the recording gives, wholly or in part, to someone else. */
function recordingSpeakerIssues(
  talk: Talk,
  seq: TalkSequence,
  captions: CaptionSequence,
  al: WordAlignment,
  speakers: readonly (string | null)[],
): SpeakerIssue[] {
  const out: SpeakerIssue[] = [];
  for (let t = 0; t < talk.turns.length; t++) {
    const turn = talk.turns[t]!;
    const own = turn.speaker;
    if (own === null) continue;
    const tagged: { i: number; name: string }[] = [];
    for (let i = seq.firstToken[t]!; i < seq.firstToken[t + 1]!; i++) {
      const name = isMatch(al, i) ? speakers[al.aToB[i]!] : null;
      if (name !== null && name !== undefined) tagged.push({ i, name });
    }
    const n = tagged.length;
    const othersIn = (from: number, to: number) => tagged.slice(from, to).filter((x) => x.name !== own);
    const allOthers = othersIn(0, n);
    if (allOthers.length < MIN_RUN - 1) continue;
    const capTime = (k: number) => captions.time[al.aToB[tagged[k]!.i]!]!;

    // The best single change point with someone else first (prefix) or last (suffix).
    const same = (k: number) => (tagged[k]!.name === own ? 1 : 0);
    let prefix = { k: 0, gain: 0 };
    let suffix = { k: n, gain: 0 };
    let gain = 0;
    for (let k = 1; k < n; k++) {
      gain += 1 - 2 * same(k - 1);
      if (gain > prefix.gain) prefix = { k, gain };
    }
    gain = 0;
    for (let k = n - 1; k > 0; k--) {
      gain += 1 - 2 * same(k);
      if (gain > suffix.gain) suffix = { k, gain };
    }
    // A few words of the turn's own speaker at one end make a split, not a reassignment ("Yes, exactly." then
    // the other speaker's sentence); fewer are a cue straddling the change.
    const ownEnd = Math.max(n - prefix.k - othersIn(prefix.k, n).length, suffix.k - othersIn(0, suffix.k).length);
    if (allOthers.length >= RUN_SHARE * n && ownEnd < MIN_OWN) {
      const to = majority(allOthers.map((x) => x.name))!;
      out.push({ turn: t, line: turn.line, time: capTime(0), reason: 'caption-speaker', context: to, change: { kind: 'reassign', to } });
      continue;
    }
    const words = seq.words[t]!;
    // The change lies between tagged words k-1 and k; untagged words between them go with a sentence start.
    const report = (k: number, run: number, firstSpeaker: string, restSpeaker: string) => {
      const lo = seq.wordOf[tagged[k - 1]!.i]!;
      const atWord = boundaryWord(words, lo, seq.wordOf[tagged[k]!.i]!);
      if (atWord <= 0 || atWord >= words.length) return;
      if (run < MIN_RUN && !SENTENCE_END.test(words[atWord - 1]!)) return;
      const j = al.aToB[tagged[k]!.i]!;
      out.push({
        turn: t,
        line: lineOfWord(talk, t, atWord),
        time: captions.time[j]!,
        reason: 'speaker-change',
        context: context(captions, Math.max(0, j - 1), j),
        change: { kind: 'split', atWord, firstSpeaker, restSpeaker },
      });
    };
    // Each side of a change must be mostly one speaker: the other's run, then the turn's own words.
    const prefixOthers = othersIn(0, prefix.k);
    const prefixOwn = n - prefix.k - othersIn(prefix.k, n).length;
    if (prefixOthers.length >= MIN_RUN - 1 && prefixOthers.length >= RUN_SHARE * prefix.k && prefixOwn >= RUN_SHARE * (n - prefix.k)) {
      report(prefix.k, prefixOthers.length, majority(prefixOthers.map((x) => x.name))!, own);
    }
    const suffixOthers = othersIn(suffix.k, n);
    const suffixOwn = suffix.k - othersIn(0, suffix.k).length;
    if (suffixOthers.length >= MIN_RUN - 1 && suffixOthers.length >= RUN_SHARE * (n - suffix.k) && suffixOwn >= RUN_SHARE * suffix.k) {
      report(suffix.k, suffixOthers.length, own, majority(suffixOthers.map((x) => x.name))!);
    }
  }
  return out;
}

/**
 * Speaker checks: with captions that name speakers or mark changes, turns the recording gives to someone
 * else, wholly or from some word on; otherwise changes of speaker that the captions' sentences or silences
 * place elsewhere.
 */
export function findSpeakerIssues(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): SpeakerIssue[] {
  const speakers = recordingSpeakers(talk, seq, captions, al);
  if (speakers !== null) return recordingSpeakerIssues(talk, seq, captions, al, speakers);
  return boundaryIssues(talk, seq, captions, al);
}
