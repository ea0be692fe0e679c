/**
 * Known edits to a talk, the kind a careless clean-up makes: sentences dropped, sentences made up, a
 * sentence given to the wrong speaker. Each edit reports exactly what it changed, as the answer key.
 */
import type { Talk, Turn } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { random } from './make-captions.ts';

/** A sentence of a paragraph: its character range and its word range among the turn's words. */
interface SentenceSpan {
  paragraph: number;
  from: number;
  to: number;
  firstWord: number;
  words: string[];
}

function sentencesOf(turn: Turn): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let wordBase = 0;
  turn.paragraphs.forEach((para, p) => {
    const re = /[^.?!]+[.?!]+["”)]?(\s+|$)/g;
    for (let m = re.exec(para); m !== null; m = re.exec(para)) {
      const words = splitWords(m[0]);
      const before = splitWords(para.slice(0, m.index)).length;
      // A match that starts inside a word ("3.5") is not a sentence start.
      if (m.index > 0 && !/\s/.test(para[m.index - 1]!)) continue;
      out.push({ paragraph: p, from: m.index, to: m.index + m[0].length, firstWord: wordBase + before, words });
    }
    wordBase += splitWords(para).length;
  });
  return out;
}

function withParagraphs(turn: Turn, paragraphs: string[]): Turn {
  return { ...turn, paragraphs, text: paragraphs.join('\n\n') };
}

export interface RemovedSentence {
  turn: number;
  /** Index of the sentence's first word in the original turn. */
  firstWord: number;
  words: string[];
}

/**
 * Removes `count` sentences of 6 to 40 words, never a turn's first sentence (so the turn keeps its start),
 * from turns spread over the talk. Returns the edited talk and what was removed.
 */
export function removeSentences(talk: Talk, count: number, seed: number): { talk: Talk; removed: RemovedSentence[] } {
  const rnd = random(seed);
  const candidates: { turn: number; s: SentenceSpan }[] = [];
  talk.turns.forEach((turn, t) => {
    sentencesOf(turn)
      .slice(1)
      .filter((s) => s.words.length >= 6 && s.words.length <= 40)
      .forEach((s) => candidates.push({ turn: t, s }));
  });
  const picked: { turn: number; s: SentenceSpan }[] = [];
  const step = candidates.length / count;
  for (let k = 0; k < count; k++) {
    const at = Math.min(candidates.length - 1, Math.floor(k * step + rnd() * step));
    const c = candidates[at]!;
    if (!picked.some((p) => p.turn === c.turn)) picked.push(c);
  }
  const turns = talk.turns.map((turn, t) => {
    const mine = picked.filter((p) => p.turn === t);
    if (mine.length === 0) return turn;
    const paragraphs = [...turn.paragraphs];
    for (const { s } of mine) {
      const para = paragraphs[s.paragraph]!;
      paragraphs[s.paragraph] = (para.slice(0, s.from) + para.slice(s.to)).trimEnd();
    }
    return withParagraphs(turn, paragraphs);
  });
  const removed = picked.map((p) => ({ turn: p.turn, firstWord: p.s.firstWord, words: p.s.words }));
  return { talk: { ...talk, turns }, removed };
}

/** Appends a made-up sentence to each of the given turns; returns the talk and each sentence's words. */
export function inventSentences(talk: Talk, turnsToEdit: number[], seed: number): { talk: Talk; invented: string[][] } {
  const rnd = random(seed);
  const vocabulary = ['marmalade', 'lighthouse', 'orchestra', 'pebbles', 'velvet', 'harbour', 'saxophone', 'tundra', 'quilted', 'zeppelin', 'porcelain', 'caravan'];
  const invented: string[][] = [];
  const turns = talk.turns.map((turn, t) => {
    if (!turnsToEdit.includes(t)) return turn;
    const words = Array.from({ length: 8 }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]!);
    invented.push(words);
    const paragraphs = [...turn.paragraphs];
    paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${words.join(' ')}.`;
    return withParagraphs(turn, paragraphs);
  });
  return { talk: { ...talk, turns }, invented };
}

/** Moves the first sentence of each given turn to the end of the turn before it (the other speaker). */
export function moveFirstSentenceBack(talk: Talk, turnsToEdit: number[]): Talk {
  const turns = [...talk.turns];
  for (const t of turnsToEdit) {
    const cur = turns[t]!;
    const prev = turns[t - 1]!;
    const first = sentencesOf(cur)[0];
    if (!first || first.paragraph !== 0) continue;
    const para0 = cur.paragraphs[0]!;
    const sentence = para0.slice(first.from, first.to).trim();
    const rest = para0.slice(first.to).trim();
    if (rest === '') continue;
    turns[t] = withParagraphs(cur, [rest, ...cur.paragraphs.slice(1)]);
    const prevParas = [...prev.paragraphs];
    prevParas[prevParas.length - 1] = `${prevParas[prevParas.length - 1]} ${sentence}`;
    turns[t - 1] = withParagraphs(prev, prevParas);
  }
  return { ...talk, turns };
}
