/**
 * Where a selection in the transcript starts and ends, as turns and offsets in their `text`. The turn
 * renders each paragraph's characters once, in order, inside its `<p>`; what the viewer draws between
 * them (passages from the captions, speaker checks) is not the transcript's text and is not counted.
 */
import { paragraphOffsets } from '../../../search/split-pieces.ts';
import type { Talk } from '../../../transcript/types.ts';
import type { TextPoint } from './quote-units.ts';

/** Drawn inside paragraphs but not part of the turn's text. */
const NOT_TEXT = '.skipped-passage, .speaker-check';

/** Characters of the paragraph before `(node, offset)`, counting only the transcript's own text. */
function charsBefore(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    if (text.parentElement?.closest(NOT_TEXT) != null) continue;
    if (text === node) return count + offset;
    if (!range.intersectsNode(text)) break;
    count += text.textContent?.length ?? 0;
  }
  return count;
}

/** The point in `turnElement`'s text at a selection boundary inside it (its start when outside the text). */
function pointIn(talk: Talk, turnElement: HTMLElement, node: Node, offset: number): TextPoint {
  const turn = Number(turnElement.dataset.index);
  const paragraphs = [...turnElement.querySelectorAll<HTMLElement>(':scope > p')];
  const holder = node instanceof Element ? node : node.parentElement;
  const paragraph = holder?.closest('p');
  const index = paragraph == null ? -1 : paragraphs.indexOf(paragraph);
  const text = talk.turns[turn]?.paragraphs ?? [];
  if (paragraph == null || index < 0) return { turn, offset: 0 };
  return { turn, offset: (paragraphOffsets(text)[index] ?? 0) + charsBefore(paragraph, node, offset) };
}

/**
 * The selected stretch of the transcript as two points, or null when the selection is empty or has
 * no turn in it. A boundary outside any turn (a chapter heading) moves to the nearest selected turn.
 */
export function selectionPoints(talk: Talk, transcript: HTMLElement, selection: Selection | null): [TextPoint, TextPoint] | null {
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!transcript.contains(range.commonAncestorContainer) && !range.intersectsNode(transcript)) return null;
  const turns = [...transcript.querySelectorAll<HTMLElement>('.turn[data-index]')].filter((turn) => range.intersectsNode(turn));
  const first = turns[0];
  const last = turns[turns.length - 1];
  if (first === undefined || last === undefined) return null;
  const start = first.contains(range.startContainer)
    ? pointIn(talk, first, range.startContainer, range.startOffset)
    : { turn: Number(first.dataset.index), offset: 0 };
  const lastIndex = Number(last.dataset.index);
  const end = last.contains(range.endContainer)
    ? pointIn(talk, last, range.endContainer, range.endOffset)
    : { turn: lastIndex, offset: talk.turns[lastIndex]?.text.length ?? 0 };
  // Nothing of the text selected (only a turn's header): no quote.
  if (start.turn === end.turn && start.offset === end.offset) return null;
  return [start, end];
}
