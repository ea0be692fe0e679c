// @vitest-environment jsdom
/**
 * Follow mode reads layout only when the target may have moved: a new sentence in a turn already in
 * place (and followed whole) is left alone, until a scroll, a resize or a change of size, a new turn,
 * or a long turn, followed sentence by sentence.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

/** Size observers of the page, fired by hand (jsdom has none). */
const observers: Array<{ callback: () => void; targets: Set<Element> }> = [];
class FakeResizeObserver {
  private entry: { callback: () => void; targets: Set<Element> };
  constructor(callback: () => void) {
    this.entry = { callback, targets: new Set() };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    this.entry.targets.clear();
  }
}
const resized = (target: Element) => {
  for (const observer of observers) if (observer.targets.has(target)) observer.callback();
};

let adapter: PlayerAdapter;
/** Height of every turn's box; the box sits in the comfortable band of a 768 px window. */
let turnHeight = 60;
/** Reads of a box inside the transcript's turns. */
let reads = 0;

beforeEach(() => {
  adapter = createPlayerAdapter();
  observers.length = 0;
  turnHeight = 60;
  reads = 0;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.closest('.turn') === null) return new DOMRect(0, 0, 0, 0);
    reads += 1;
    return this.classList.contains('turn') ? new DOMRect(0, 200, 600, turnHeight) : new DOMRect(0, 300, 600, 20);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Turn 0 (0:00-0:30) has three sentences, starting at 0, about 9.2 and 20.8 seconds.
const moveTo = (seconds: number) => act(() => adapter.seekTo(seconds));
const spokenSentence = () => document.querySelector('.turn[aria-current="true"] .sentence.is-spoken')?.textContent;
const readsDuring = (move: () => void): number => {
  const before = reads;
  move();
  return reads - before;
};

describe('follow mode on a new sentence', () => {
  it('reads no layout while the turn stays in place, and measures again once something may have moved it', () => {
    render(<TalkViewer talk={sampleTalk()} adapter={adapter} location={{ search: '', hash: '' }} />);
    expect(readsDuring(() => moveTo(10))).toBeGreaterThan(0);
    expect(spokenSentence()).toBe('Today we talk about engines.');
    expect(window.scrollTo).not.toHaveBeenCalled();

    expect(readsDuring(() => moveTo(21))).toBe(0);
    expect(spokenSentence()).toBe('It will be fun.');

    // The page scrolled (the browser anchoring it, say): the next sentence is measured.
    act(() => window.dispatchEvent(new Event('scroll')));
    expect(readsDuring(() => moveTo(12))).toBeGreaterThan(0);
    expect(readsDuring(() => moveTo(22))).toBe(0);

    // The page's height changed (content above grew): measured again.
    act(() => resized(document.body));
    expect(readsDuring(() => moveTo(12))).toBeGreaterThan(0);

    // The turn itself changed size.
    const turn = document.querySelector('.turn[data-index="0"]')!;
    act(() => resized(turn));
    expect(readsDuring(() => moveTo(22))).toBeGreaterThan(0);
    expect(readsDuring(() => moveTo(12))).toBe(0);

    // A new turn is always measured.
    expect(readsDuring(() => moveTo(31))).toBeGreaterThan(0);
  });

  it('measures every sentence of a turn too long to be followed whole', () => {
    turnHeight = 700;
    render(<TalkViewer talk={sampleTalk()} adapter={adapter} location={{ search: '', hash: '' }} />);
    moveTo(10);
    expect(readsDuring(() => moveTo(21))).toBeGreaterThan(0);
    expect(readsDuring(() => moveTo(12))).toBeGreaterThan(0);
  });

  it('brings a turn back into view when it moved off the band while left alone', async () => {
    render(<TalkViewer talk={sampleTalk()} adapter={adapter} location={{ search: '', hash: '' }} />);
    moveTo(10);
    turnHeight = 60;
    vi.mocked(Element.prototype.getBoundingClientRect).mockImplementation(function (this: Element) {
      return this.classList.contains('turn') ? new DOMRect(0, 900, 600, 60) : new DOMRect(0, 0, 0, 0);
    });
    act(() => window.dispatchEvent(new Event('resize')));
    moveTo(21);
    // Glided there over a few frames: from 0 to the turn's top (900) a quarter of the way down the window (768 px).
    await vi.waitFor(() => expect(vi.mocked(window.scrollTo).mock.lastCall?.[0]).toEqual({ top: 900 - 768 / 4, behavior: 'instant' }), { timeout: 10_000 });
  });
});
