/**
 * A talk file with known sentences cut out of its text, the way an editor drops them: the rest of the file
 * (front matter, stamps, labels, line breaks) stays byte for byte, so every line keeps its number and the
 * answer key can name the line each sentence was cut from.
 */
import type { Talk } from '../../src/transcript/types.ts';
import { removeSentences } from './edit-talk.ts';

export interface CutSentence {
  /** Turn of the talk the sentence was cut from. */
  turn: number;
  /** Index of the sentence's first word among the turn's words. */
  firstWord: number;
  words: string[];
  /** 1-based line of the file the sentence was on. */
  line: number;
  /** True when the sentence began its line (a paragraph's first sentence). */
  startedLine: boolean;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cuts `count` sentences (chosen as `removeSentences` chooses them) out of `text`, the source of `talk`.
 * Throws when a sentence cannot be found on a line of its turn, so a fixture never silently cuts less.
 */
export function cutSentencesFromFile(text: string, talk: Talk, count: number, seed: number): { text: string; cut: CutSentence[] } {
  const { removed } = removeSentences(talk, count, seed);
  const lines = text.split('\n');
  const cut: CutSentence[] = [];
  for (const r of removed) {
    const turn = talk.turns[r.turn]!;
    const next = talk.turns[r.turn + 1]?.line ?? lines.length + 1;
    const pattern = new RegExp(`${r.words.map(escape).join('\\s+')}\\s*`);
    let found = false;
    for (let l = turn.line - 1; l < next - 1 && !found; l++) {
      const match = pattern.exec(lines[l]!);
      // The label line holds "**Name:** " before the first sentence; a match right after it is not a start.
      if (match === null) continue;
      const before = lines[l]!.slice(0, match.index);
      lines[l] = (before + lines[l]!.slice(match.index + match[0].length)).trimEnd();
      cut.push({ turn: r.turn, firstWord: r.firstWord, words: r.words, line: l + 1, startedLine: before.trim() === '' });
      found = true;
    }
    if (!found) throw new Error(`sentence "${r.words.join(' ')}" not found in turn ${r.turn} (line ${turn.line})`);
  }
  return { text: lines.join('\n'), cut };
}
