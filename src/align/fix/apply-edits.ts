/**
 * Writes accepted fixes into the talk file's own text. Each edit becomes a replacement of a few characters
 * located by `locateMarkdownTurns`; everything outside them (front matter, preface, headings, blank
 * lines, labels of other turns, CRLF line ends) is copied unchanged. Pure and synchronous, no Node APIs:
 * the browser's "Download corrected transcript" runs the same function.
 */
import type { Talk } from '../../transcript/types.ts';
import { FixError } from './fix-error.ts';
import { locateMarkdownTurns, type MarkdownSource, type TurnSource } from './markdown-source.ts';
import { stampLike } from './stamp-text.ts';
import type { FixEdit } from './types.ts';

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
      if (n === 0) return [{ from: turn.textStart, to: turn.textStart, text: ` ${text}`, edit, order }];
      if (edit.beforeWord < n) {
        const at = words[edit.beforeWord]!.from;
        return [{ from: at, to: at, text: `${text} `, edit, order }];
      }
      const at = words[n - 1]!.to;
      return [{ from: at, to: at, text: ` ${text}`, edit, order }];
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
