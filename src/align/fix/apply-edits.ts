/**
 * Writes accepted fixes into the talk file's own text. Each edit becomes a replacement of a few characters
 * located by `locateMarkdownTurns`; everything outside them (front matter, preface, headings, blank
 * lines, labels of other turns, CRLF line ends) is copied unchanged. Pure and synchronous, no Node APIs:
 * the browser's "Download corrected transcript" runs the same function.
 */
import type { Talk } from '../../transcript/types.ts';
import { FixError } from './fix-error.ts';
import { locateMarkdownTurns, markupPrefix, type MarkdownSource, type Span, type TurnSource } from './markdown-source.ts';
import { stampLike } from './stamp-text.ts';
import type { FixEdit, RestoreEdit } from './types.ts';

/** Characters `[from, to)` of the source text replaced by `text`. */
export interface Replacement {
  from: number;
  to: number;
  text: string;
  edit: FixEdit;
  /** Position of the edit in the accepted list: insertions at one point keep that order. */
  order: number;
  /** 0 for a label added before a turn's text, which goes before any text inserted at the same point. */
  rank?: number;
}

/** What a `**Name:**` label can hold, as the markdown reader reads it. */
function checkName(name: string, edit: FixEdit): string {
  const n = name.trim();
  if (n === '' || n.length > 80 || /[*:\r\n]/.test(n)) {
    throw new FixError(`edit ${edit.id}: "${name.slice(0, 40)}" cannot be a speaker label (1 to 80 characters, no "*", ":" or line break)`);
  }
  return n;
}

function turnOf(src: MarkdownSource, edit: FixEdit): TurnSource {
  const turn = src.turns[edit.turn];
  if (!turn) throw new FixError(`edit ${edit.id} names turn ${edit.turn}, but the talk has ${src.turns.length} turns; propose the fixes again`);
  return turn;
}

/** The replacement that gives a turn to `name`: its label rewritten, or a label added before its text. */
function relabel(turn: TurnSource, name: string, edit: FixEdit, order: number): Replacement {
  if (turn.name !== null) return { from: turn.name.from, to: turn.name.to, text: name, edit, order };
  return { from: turn.textStart, to: turn.textStart, text: `**${name}:** `, edit, order, rank: 0 };
}

/**
 * Labels for unlabelled turns whose speaker the edits would change: such a turn belongs to whoever spoke
 * last, so giving the turn before it (or its last part) to someone else would silently take it along.
 */
function keepInheritedSpeakers(src: MarkdownSource, talk: Talk, edits: readonly FixEdit[], all: Replacement[]): void {
  const relabelled = new Set<number>();
  const last = new Map<number, string>();
  for (const e of edits) {
    if (e.kind === 'reassign') {
      relabelled.add(e.turn);
      last.set(e.turn, e.to.trim());
    } else if (e.kind === 'split') {
      if (e.firstSpeaker.trim() !== talk.turns[e.turn]?.speaker) relabelled.add(e.turn);
      last.set(e.turn, e.restSpeaker.trim());
    }
  }
  if (last.size === 0) return;
  for (let u = 1; u < src.turns.length; u++) {
    const speaker = talk.turns[u]!.speaker;
    const before = last.get(u - 1) ?? talk.turns[u - 1]!.speaker;
    if (src.turns[u]!.name !== null || relabelled.has(u) || speaker === null || before === speaker) continue;
    const cause = edits.find((e) => e.turn === u - 1) ?? edits.find((e) => e.turn < u)!;
    all.push({ ...relabel(src.turns[u]!, speaker, cause, -1) });
  }
}

/** The line of `text` that holds position `at`, as `[start, end)` without its line break. */
function lineAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** The markup opening the line at `at` once `insert` is written there (see markupPrefix). */
function markupWith(text: string, at: number, insert: string): { before: string; after: string } {
  const { start, end } = lineAround(text, at);
  const line = text.slice(start, end);
  return { before: markupPrefix(line), after: markupPrefix(line.slice(0, at - start) + insert + line.slice(at - start)) };
}

/**
 * Where a restored passage goes: before word `beforeWord` of its turn, or after the turn's last word.
 * Caption words are text, and the format has no escapes: where they would open a line as markup the
 * reader takes for structure (`**Mallory:** …` a speaker label, `[9:59]` a stamp, `## ` a heading), the
 * line break moves instead, as toMarkdown does. The passage then goes at the end of the turn's line
 * above, or after a label that stands alone on its line; a turn without a label gets its speaker's label
 * before the passage. Where none of these keeps the turns as they are, the edit is refused.
 */
function placeRestore(src: MarkdownSource, talk: Talk, turn: TurnSource, edit: RestoreEdit, text: string, order: number): Replacement {
  const { words } = turn;
  const n = words.length;
  const k = edit.beforeWord;
  const places: Array<[number, string]> = [];
  if (n === 0) places.push([turn.textStart, ` ${text}`]);
  else if (k < n) places.push([words[k]!.from, `${text} `]);
  else places.push([words[n - 1]!.to, ` ${text}`]);
  if (k > 0 && k < n) places.push([words[k - 1]!.to, ` ${text}`]);
  if (k === 0 && turn.bareLabelEnd !== null) places.push([turn.bareLabelEnd, ` ${text}`]);
  for (const [at, insert] of places) {
    const markup = markupWith(src.text, at, insert);
    if (markup.after === markup.before) return { from: at, to: at, text: insert, edit, order };
  }
  const speaker = talk.turns[edit.turn]?.speaker ?? null;
  if (k === 0 && n > 0 && turn.name === null && speaker !== null && !/[*:]/.test(speaker)) {
    const at = words[0]!.from;
    const label = `**${speaker}:** `;
    // The line must open with that label (after its stamp, if any) and nothing the passage brings.
    if (markupWith(src.text, at, `${label}${text} `).after === markupWith(src.text, at, `${label}x `).after) {
      return { from: at, to: at, text: `${label}${text} `, edit, order };
    }
  }
  throw new FixError(
    `edit ${edit.id}: the restored words "${text.slice(0, 40)}" would open line ${edit.line} as markup (a heading, stamp or speaker label); add them by hand`,
  );
}

/**
 * The first letter of a transcript word in capitals, when a restored passage ends a sentence just before
 * it ("…wit and humor. | but what do you think" reads "…wit and humor. But what do you think"); null
 * when there is no such word or its first letter is not a small one.
 */
function capitalOf(text: string, word: Span | undefined, edit: FixEdit, order: number): Replacement | null {
  if (word === undefined) return null;
  const m = /^[^\p{L}\p{N}]*(\p{Ll})/u.exec(text.slice(word.from, word.to));
  if (m === null) return null;
  const at = word.from + m[0].length - m[1]!.length;
  return { from: at, to: at + m[1]!.length, text: m[1]!.toUpperCase(), edit, order };
}

function replacementsOf(src: MarkdownSource, talk: Talk, edit: FixEdit, order: number): Replacement[] {
  const turn = turnOf(src, edit);
  const words = turn.words;
  const n = words.length;
  switch (edit.kind) {
    case 'restore': {
      if (!Number.isInteger(edit.beforeWord) || edit.beforeWord < 0 || edit.beforeWord > n) {
        throw new FixError(`edit ${edit.id}: word ${edit.beforeWord} is outside turn ${edit.turn} (${n} words); propose the fixes again`);
      }
      const text = edit.text.trim();
      if (text === '') return [];
      if (/[\r\n]/.test(text)) throw new FixError(`edit ${edit.id}: a restored passage is one run of text, without line breaks`);
      const out = [placeRestore(src, talk, turn, edit, text, order)];
      const capital = edit.capitalizeNext === true ? capitalOf(src.text, words[edit.beforeWord], edit, order) : null;
      if (capital !== null) out.push(capital);
      return out;
    }
    case 'retime': {
      if (turn.stamp === null) throw new FixError(`edit ${edit.id}: turn ${edit.turn} (line ${talk.turns[edit.turn]?.line}) has no written stamp to retime`);
      if (!Number.isFinite(edit.to) || edit.to < 0) throw new FixError(`edit ${edit.id}: ${edit.to} is not a time in seconds`);
      return [{ from: turn.stamp.from, to: turn.stamp.to, text: stampLike(turn.stamp.label, turn.stamp.link, edit.to), edit, order }];
    }
    case 'reassign':
      return [relabel(turn, checkName(edit.to, edit), edit, order)];
    case 'split': {
      if (!Number.isInteger(edit.atWord) || edit.atWord < 1 || edit.atWord >= n) {
        throw new FixError(`edit ${edit.id}: a turn of ${n} words cannot be split before word ${edit.atWord}`);
      }
      const rest = checkName(edit.restSpeaker, edit);
      const first = checkName(edit.firstSpeaker, edit);
      const out: Replacement[] = [];
      if (first !== talk.turns[edit.turn]?.speaker) out.push(relabel(turn, first, edit, order));
      // The words after the split open a paragraph of their own with the new label.
      out.push({ from: words[edit.atWord - 1]!.to, to: words[edit.atWord]!.from, text: `${src.eol}${src.eol}**${rest}:** `, edit, order });
      return out;
    }
  }
}

/**
 * The replacements that write `edits` into `sourceText`, in file order and without overlaps; see
 * `applyEdits`, which throws the same FixErrors.
 */
export function planEdits(sourceText: string, talk: Talk, edits: readonly FixEdit[]): Replacement[] {
  // The format is checked first, so a caption file is refused the same way with or without edits to write.
  if (talk.format !== 'markdown') locateMarkdownTurns(sourceText, talk);
  if (edits.length === 0) return [];
  const src = locateMarkdownTurns(sourceText, talk);
  const ids = new Set<string>();
  const all: Replacement[] = [];
  edits.forEach((edit, order) => {
    if (ids.has(edit.id)) throw new FixError(`edit ${edit.id} is given twice; accept each edit once`);
    ids.add(edit.id);
    all.push(...replacementsOf(src, talk, edit, order));
  });
  keepInheritedSpeakers(src, talk, edits, all);
  all.sort((a, b) => a.from - b.from || a.to - b.to || (a.rank ?? 1) - (b.rank ?? 1) || a.order - b.order);
  for (let k = 1; k < all.length; k++) {
    const a = all[k - 1]!;
    const b = all[k]!;
    const overlap = b.from < a.to || (b.from === a.from && a.to > a.from && b.to > b.from);
    if (overlap) {
      throw new FixError(`edits ${a.edit.id} and ${b.edit.id} both change line ${a.edit.line}; accept one of them`);
    }
  }
  return all;
}

/**
 * `sourceText` with `edits` applied, where `talk` is the talk read from `sourceText` (the one the edits
 * were proposed for). No edits give a markdown `sourceText` back unchanged. Only markdown talks can be rewritten;
 * other formats, edits that do not fit the talk, and two edits that change the same characters throw a
 * FixError saying which.
 */
export function applyEdits(sourceText: string, talk: Talk, edits: readonly FixEdit[]): string {
  let out = '';
  let at = 0;
  for (const r of planEdits(sourceText, talk, edits)) {
    out += sourceText.slice(at, r.from) + r.text;
    at = r.to;
  }
  return out + sourceText.slice(at);
}
