/**
 * The restore case of `talkline align --fix --restore` on real speech: the bundled talk with sentences cut
 * out of it, checked against Whisper's captions of the same recording (test/fixtures/captions/
 * lexicap-094-small.vtt), which stutter, restart and repeat where the published talk does not. Shared by
 * the test that holds the fix to it and by `npm run bench -- align`, which prints its figures.
 *
 * The answer key is the published talk itself: every cut sentence should come back on its line, and no
 * fixed line should gain a run of words said twice that the published line does not have.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyEdits, proposeFixes, type RestoreEdit } from '../../src/align/fix/index.ts';
import { wordTokens } from '../../src/align/normalize.ts';
import type { AlignResult, SkippedPassage } from '../../src/align/types.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';
import { bundledTalk } from './bundled-talk.ts';
import { random } from './make-captions.ts';

export const WHISPER_CAPTIONS_PATH = fileURLToPath(new URL('../fixtures/captions/lexicap-094-small.vtt', import.meta.url));
export const whisperCaptionsText = (): string => readFileSync(WHISPER_CAPTIONS_PATH, 'utf8');

/** A sentence cut from the talk file, with where it was. */
export interface CutFromLine {
  /** The sentence as the published talk has it. */
  sentence: string;
  /** 1-based line of the file it was cut from (lines keep their numbers: a line is never emptied of its label). */
  line: number;
  /** Turn of the talk it was cut from. */
  turn: number;
  /** True when the sentence ended its turn, so the recording goes on to the next speaker right after it. */
  endsTurn: boolean;
  /** True when it began its turn, right after the previous speaker. */
  startsTurn: boolean;
}

/**
 * Sentences cut as well as the ten chosen at random: the last sentence of Ilya Sutskever's turn at 10:35,
 * whose recording runs on into Lex Fridman's restart ("So evolution doesn't, that's really interesting.
 * So, if evolution…"), and the question that ends Lex Fridman's turn at 24:50 together with the first
 * sentence of Ilya Sutskever's answer, so that one passage of the recording holds both speakers.
 */
export const SPEAKER_CHANGE_CUTS = [
  "It's... you can talk about regions to which it will go towards, but I don't think the cost function analogy is the most useful.",
  'Do you think language understanding is harder than visual scene understanding, or vice versa?',
  'I think that asking if a problem is hard is slightly wrong.',
];

/**
 * Cuts `sentences` (exact text of the talk) out of `text`, the talk file: each from the line of its turn
 * that holds it, with the space after it. Throws when one is not found, so the case never cuts less.
 */
export function cutSentences(text: string, talk: Talk, sentences: readonly string[]): { text: string; cut: CutFromLine[] } {
  const lines = text.split('\n');
  const cut: CutFromLine[] = [];
  for (const sentence of sentences) {
    const turn = talk.turns.findIndex((t) => t.text.replace(/\s+/g, ' ').includes(sentence));
    if (turn < 0) throw new Error(`"${sentence}" is not in the talk`);
    const t = talk.turns[turn]!;
    const last = (talk.turns[turn + 1]?.line ?? lines.length + 1) - 1;
    let l = t.line - 1;
    while (l < last && !lines[l]!.includes(sentence)) l++;
    if (l >= last) throw new Error(`"${sentence}" is not on one line of its turn`);
    const at = lines[l]!.indexOf(sentence);
    const rest = lines[l]!.slice(at + sentence.length);
    lines[l] = (lines[l]!.slice(0, at) + rest.replace(/^ +/, '')).trimEnd();
    const flat = t.text.replace(/\s+/g, ' ').trim();
    cut.push({ sentence, line: l + 1, turn, endsTurn: flat.endsWith(sentence), startsTurn: flat.startsWith(sentence) });
  }
  return { text: lines.join('\n'), cut };
}

const tokensOf = (text: string): string[] => text.split(/\s+/).flatMap((w) => wordTokens(w));

/** Longest common subsequence of two token lists, as the pairs of indices it keeps. */
function commonTokens(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Share of a cut sentence's words found back in place: in order with the rest of its published line. */
export function restoredShare(publishedLine: string, fixedLine: string, sentence: string): number {
  const published = tokensOf(publishedLine);
  const wanted = tokensOf(sentence);
  let at = -1;
  for (let k = 0; k + wanted.length <= published.length && at < 0; k++) if (wanted.every((t, q) => published[k + q] === t)) at = k;
  if (at < 0) throw new Error(`"${sentence}" is not on its published line`);
  const kept = commonTokens(published, tokensOf(fixedLine)).filter(([i]) => i >= at && i < at + wanted.length).length;
  return kept / wanted.length;
}

/** Runs of three or more words said twice within a dozen words in `line`, as their words. */
export function stutters(line: string): string[] {
  const tokens = tokensOf(line);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= i + 12 && j < tokens.length; j++) {
      let k = 0;
      while (j + k < tokens.length && i + k < j && tokens[i + k] === tokens[j + k]) k++;
      if (k >= 3) found.add(tokens.slice(i, i + k).join(' '));
    }
  }
  // A longer run holds its shorter pieces: only the longest are kept.
  return [...found].filter((run) => ![...found].some((other) => other !== run && ` ${other} `.includes(` ${run} `)));
}

/** What the fix did on the case, line by line against the published talk. */
export interface RestoreOutcome {
  cut: CutFromLine[];
  result: AlignResult;
  /** The edited file, and the file written by `--fix --restore` (content only). */
  edited: string;
  fixed: string;
  restores: RestoreEdit[];
  leftOut: SkippedPassage[];
  /** Per cut sentence: the share of its words back in place. */
  restored: Array<{ cut: CutFromLine; share: number }>;
  /** Runs said twice within a dozen words that a fixed line has and its published line does not. */
  introduced: Array<{ line: number; run: string }>;
}

/** The bundled talk with `sentences` cut, aligned with Whisper's captions and fixed with `--restore`'s choice. */
export function runRestoreCase(sentences: readonly string[], restoreAll = false): RestoreOutcome {
  const published = bundledTalkText();
  const { text: edited, cut } = cutSentences(published, bundledTalk(), sentences);
  const talk = readMarkdown(edited, 'talk.md').talk!;
  const captions = readTalk(whisperCaptionsText(), 'lexicap-094-small.vtt').talk!;
  const result = alignTalk(talk, captions);
  const restores = proposeFixes(result, talk).filter((e): e is RestoreEdit => e.kind === 'restore' && (restoreAll || e.passage === 'content'));
  const fixed = applyEdits(edited, talk, restores);
  const before = published.split('\n');
  const after = fixed.split('\n');
  const restored = cut.map((c) => ({ cut: c, share: restoredShare(before[c.line - 1]!, after[c.line - 1]!, c.sentence) }));
  const introduced: RestoreOutcome['introduced'] = [];
  after.forEach((line, k) => {
    if (line === edited.split('\n')[k]) return;
    const had = new Set(stutters(before[k]!));
    for (const run of stutters(line)) if (![...had].some((h) => ` ${h} `.includes(` ${run} `))) introduced.push({ line: k + 1, run });
  });
  return { cut, result, edited, fixed, restores, leftOut: result.skipped.filter((s) => s.kind !== 'content'), restored, introduced };
}

/** Sentences of a turn as the random cuts take them: whole, not the turn's first, 6 to 40 words. */
function laterSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = flat.match(/[^.?!]+[.?!]+["”)]?(?: |$)/g) ?? [];
  return all
    .map((sentence) => sentence.trim())
    .slice(1)
    .filter((sentence) => {
      const n = sentence.split(' ').length;
      return n >= 6 && n <= 40 && flat.includes(sentence);
    });
}

/**
 * Sentences of the published talk that the recording says as written: nine tokens in ten of them are
 * heard in the captions where the alignment of the whole talk puts them. A sentence an editor made up or
 * reworded has nothing to restore.
 */
function heardSentences(): Array<{ turn: number; sentence: string }> {
  const talk = bundledTalk();
  const captions = readTalk(whisperCaptionsText(), 'lexicap-094-small.vtt').talk!;
  const result = alignTalk(talk, captions);
  const out: Array<{ turn: number; sentence: string }> = [];
  talk.turns.forEach((turn, t) => {
    const words = result.turns[t]!.words;
    const flat = turn.text.replace(/\s+/g, ' ').trim();
    for (const sentence of laterSentences(turn.text)) {
      // A sentence that is a paragraph of its own would take its line with it, and one at a break
      // between two paragraphs of a turn reads as well at the end of one as at the start of the other.
      const paragraph = turn.paragraphs.findIndex((p) => p.replace(/\s+/g, ' ').includes(sentence));
      const text = turn.paragraphs[paragraph]?.replace(/\s+/g, ' ').trim() ?? '';
      const atBreak = (text.startsWith(sentence) && paragraph > 0) || (text.endsWith(sentence) && paragraph < turn.paragraphs.length - 1);
      if (paragraph < 0 || text === sentence || atBreak) continue;
      const from = flat.slice(0, flat.indexOf(sentence)).split(' ').filter(Boolean).length;
      const n = sentence.split(' ').length;
      // The invented passages say which words the recording does not have; a sentence touching one is out.
      const invented = result.invented.some((v) => v.turn === t && v.firstWord < from + n && v.firstWord + v.words.length > from);
      const skippedInside = result.skipped.some((s) => s.turn === t && s.beforeWord > from && s.beforeWord < from + n);
      if (!invented && !skippedInside && words.length > 0) out.push({ turn: t, sentence });
    }
  });
  return out;
}

/**
 * The case's sentences: ten the recording says as written, chosen with `seed` across the talk (at most
 * one a turn, never a turn's first), and the speaker-change ones.
 */
export function restoreCaseSentences(seed = 21, count = 10): string[] {
  const rnd = random(seed);
  const candidates = heardSentences().filter((c) => !SPEAKER_CHANGE_CUTS.includes(c.sentence));
  const picked: Array<{ turn: number; sentence: string }> = [];
  const step = candidates.length / count;
  for (let k = 0; k < count; k++) {
    const c = candidates[Math.min(candidates.length - 1, Math.floor(k * step + rnd() * step))]!;
    if (!picked.some((p) => Math.abs(p.turn - c.turn) <= 1)) picked.push(c);
  }
  return [...picked.map((p) => p.sentence), ...SPEAKER_CHANGE_CUTS];
}
