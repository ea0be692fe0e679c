// @vitest-environment jsdom
/**
 * A press on a cold turn that is drawn hot before the release still seeks: the browser fires no click
 * when the element pressed has left the page, and a cold turn is replaced as it comes on screen.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { readMarkdown } from '../../../src/transcript/formats/markdown/read-markdown.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';

const bundled = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../content/lex-fridman-ilya-sutskever.md'), 'utf8');
const talk = readMarkdown(bundled, 'lex-fridman-ilya-sutskever.md').talk!;

// jsdom has no PointerEvent; a pointer event is a mouse event with more fields, none of which matter here.
window.PointerEvent ??= class PointerEvent extends MouseEvent {} as typeof window.PointerEvent;

let adapter: PlayerAdapter;
beforeEach(() => {
  adapter = createPlayerAdapter();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(cleanup);

/** Renders the talk, finds a cold turn, presses it, then has it drawn hot (playback moves next to it). */
function pressColdTurnThenRedraw(): { index: number; start: number; seek: ReturnType<typeof vi.spyOn> } {
  render(<TalkViewer talk={talk} adapter={adapter} location={{ search: '', hash: '' }} />);
  const cold = document.querySelector<HTMLElement>('.turn-cold')!;
  expect(cold).not.toBeNull();
  const index = Number(cold.dataset.index);
  const start = Number(cold.dataset.start);
  fireEvent.pointerDown(cold.querySelector('.turn-time')!, { button: 0 });
  // Something else draws it hot meanwhile: here, playback reaching the turn before it.
  act(() => adapter.seekTo(Number(document.querySelector<HTMLElement>(`.turn[data-index="${index - 1}"]`)!.dataset.start)));
  expect(cold.isConnected).toBe(false);
  expect(document.querySelector(`.turn-cold[data-index="${index}"]`)).toBeNull();
  return { index, start, seek: vi.spyOn(adapter, 'seekTo') };
}

describe('a press on a turn redrawn before its release', () => {
  it('seeks when released on the same turn, now hot', () => {
    const { index, start, seek } = pressColdTurnThenRedraw();
    fireEvent.pointerUp(document.querySelector(`.turn[data-index="${index}"] .turn-time`)!, { button: 0 });
    expect(seek).toHaveBeenCalledWith(start, { play: true });
  });

  it('does not seek when released on another turn', () => {
    const { index, seek } = pressColdTurnThenRedraw();
    fireEvent.pointerUp(document.querySelector(`.turn[data-index="${index + 1}"] p`)!, { button: 0 });
    expect(seek).not.toHaveBeenCalled();
  });

  it("does not seek when released on the hot turn's copy button, which was never pressed", () => {
    const { index, seek } = pressColdTurnThenRedraw();
    fireEvent.pointerUp(document.querySelector(`.turn[data-index="${index}"] button`)!, { button: 0 });
    expect(seek).not.toHaveBeenCalled();
  });

  it('leaves a press on a turn still in place to the click', () => {
    render(<TalkViewer talk={talk} adapter={adapter} location={{ search: '', hash: '' }} />);
    const seek = vi.spyOn(adapter, 'seekTo');
    const cold = document.querySelector<HTMLElement>('.turn-cold')!;
    fireEvent.pointerDown(cold, { button: 0 });
    fireEvent.pointerUp(cold, { button: 0 });
    expect(seek).not.toHaveBeenCalled();
  });
});
