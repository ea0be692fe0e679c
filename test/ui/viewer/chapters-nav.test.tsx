// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chapter } from '../../../src/transcript/types.ts';
import { CHAPTERS_DRAWN_WHOLE, CHAPTER_WINDOW, ChaptersNav, type ChaptersNavProps, windowCovering } from '../../../src/ui/viewer/chapters-nav.tsx';

afterEach(cleanup);

const chaptersOf = (count: number): Chapter[] =>
  Array.from({ length: count }, (_, index) => ({ index, title: `Chapter ${index}`, start: index * 300, estimated: false }) as unknown as Chapter);

function props(count: number, current: number, defaultOpen = true): ChaptersNavProps {
  const chapters = chaptersOf(count);
  return { chapters, current, search: '', seekTimes: chapters.map((chapter) => chapter.start), onSeekChapter: () => {}, defaultOpen };
}

const drawn = (): number[] => [...document.querySelectorAll<HTMLElement>('nav.chapters li')].map((item) => Number(item.dataset.chapter));

describe('windowCovering', () => {
  it('keeps the window where it is while it holds the range, else centres it on the range, within the list', () => {
    expect(windowCovering(0, 3, 13, 270)).toBe(0);
    expect(windowCovering(100, 120, 130, 270)).toBe(100);
    const moved = windowCovering(0, 195, 205, 270);
    expect(moved).toBeLessThanOrEqual(195);
    expect(moved + CHAPTER_WINDOW).toBeGreaterThan(205);
    expect(Math.abs(moved + CHAPTER_WINDOW / 2 - 200.5)).toBeLessThanOrEqual(1);
    expect(windowCovering(0, 265, 275, 270)).toBe(270 - CHAPTER_WINDOW);
    expect(windowCovering(200, -5, 5, 270)).toBe(0);
  });
});

describe('ChaptersNav', () => {
  it(`draws a list of up to ${CHAPTERS_DRAWN_WHOLE} chapters whole`, () => {
    render(<ChaptersNav {...props(CHAPTERS_DRAWN_WHOLE, 50)} />);
    expect(drawn()).toEqual(Array.from({ length: CHAPTERS_DRAWN_WHOLE }, (_, index) => index));
    expect(document.querySelector('li')!.hasAttribute('aria-setsize')).toBe(false);
  });

  it('draws a window of a long list, each item saying its place in the whole (following playback needs a layout: see long-talk.test.ts)', () => {
    render(<ChaptersNav {...props(270, 20)} />);
    expect(drawn()).toEqual(Array.from({ length: CHAPTER_WINDOW }, (_, index) => index));
    expect(document.querySelector('a[aria-current="true"]')!.textContent).toContain('Chapter 20');
    const item = document.querySelector<HTMLElement>('li[data-chapter="20"]')!;
    expect([item.getAttribute('aria-posinset'), item.getAttribute('aria-setsize')]).toEqual(['21', '270']);
  });

  it('renders the first chapters on a server, and the page takes them over as they are', () => {
    const html = renderToString(<ChaptersNav {...props(270, 200)} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    expect([...page.querySelectorAll<HTMLElement>('li')].map((item) => Number(item.dataset.chapter))).toEqual(Array.from({ length: CHAPTER_WINDOW }, (_, index) => index));
  });

  it('moves the window ahead of the focus, so Tab from its last chapter finds the next', () => {
    render(<ChaptersNav {...props(270, 0)} />);
    expect(drawn().at(-1)).toBe(CHAPTER_WINDOW - 1);
    const last = document.querySelector<HTMLElement>(`li[data-chapter="${CHAPTER_WINDOW - 1}"] a`)!;
    act(() => last.focus());
    expect(drawn()).toContain(CHAPTER_WINDOW);
    // The focused link is the same element, still focused.
    expect(document.activeElement).toBe(last);
  });

  it('keeps the focused chapter drawn when the reader scrolls the list a little past it', async () => {
    // A layout of 30 px rows, the list scrolled so that chapters 33 to 43 are in a 300 px window.
    const listTop = -1000;
    const rowBox = (element: Element): DOMRect => {
      if (element instanceof HTMLOListElement) return { top: listTop, bottom: listTop + 270 * 30, height: 270 * 30 } as DOMRect;
      const chapter = Number((element as HTMLElement).dataset.chapter ?? (element.closest('li') as HTMLElement | null)?.dataset.chapter);
      return { top: listTop + chapter * 30, bottom: listTop + chapter * 30 + 30, height: 30 } as DOMRect;
    };
    const boxes = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return rowBox(this);
    });
    const height = vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(300);
    try {
      render(<ChaptersNav {...props(270, 0)} />);
      const focused = document.querySelector<HTMLElement>('li[data-chapter="10"] a')!;
      act(() => focused.focus());
      await act(async () => {
        window.dispatchEvent(new Event('scroll'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
      // The rows in view are drawn, and so is the focused one, which still has the focus.
      expect(drawn()).toEqual(expect.arrayContaining([10, 33, 43]));
      expect(document.activeElement).toBe(focused);
    } finally {
      boxes.mockRestore();
      height.mockRestore();
    }
  });

  it('draws no chapter while folded, and the window once unfolded', () => {
    render(<ChaptersNav {...props(270, 10, false)} />);
    expect(drawn()).toEqual([]);
    const details = document.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(drawn()).toHaveLength(CHAPTER_WINDOW);
    expect(drawn()).toContain(10);
  });

  describe('asked to show itself (the chapter’s name under the player)', () => {
    // jsdom lays nothing out: a list is on screen when it has boxes, and scrolling into view is recorded.
    let onScreen = true;
    beforeEach(() => {
      onScreen = true;
      vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(() => (onScreen ? [new DOMRect(0, 0, 300, 30)] : []) as unknown as DOMRectList);
      Element.prototype.scrollIntoView = vi.fn();
    });
    afterEach(() => vi.restoreAllMocks());

    function askedOnce(count: number, current: number, defaultOpen: boolean, ownColumn = false) {
      const onScrollPage = vi.fn();
      const given = props(count, current, defaultOpen);
      const { rerender } = render(<ChaptersNav {...given} onScrollPage={onScrollPage} />);
      if (ownColumn) document.querySelector<HTMLElement>('nav.chapters')!.style.overflowY = 'auto';
      rerender(<ChaptersNav {...given} onScrollPage={onScrollPage} showRequest={1} />);
      return { onScrollPage, details: document.querySelector('details')! };
    }

    it('unfolds, then scrolls to the current chapter and focuses it; in the page’s flow it says it scrolls the page', async () => {
      const { onScrollPage, details } = askedOnce(12, 7, false);
      expect(details.open).toBe(true);
      // The opened list is drawn on its toggle event (which jsdom does not send).
      fireEvent(details, new Event('toggle'));
      await waitFor(() => expect(document.activeElement?.closest('li')?.dataset.chapter).toBe('7'));
      expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
      expect(onScrollPage).toHaveBeenCalledTimes(1);
    });

    it('in a column of its own (beside the player), scrolls only there and leaves the page be', () => {
      const { onScrollPage } = askedOnce(12, 7, true, true);
      expect(document.activeElement?.closest('li')?.dataset.chapter).toBe('7');
      expect(onScrollPage).not.toHaveBeenCalled();
    });

    it('does nothing when not on screen (the other layout’s list), nor on mount', () => {
      onScreen = false;
      const { onScrollPage, details } = askedOnce(12, 7, false);
      expect(details.open).toBe(false);
      cleanup();
      onScreen = true;
      render(<ChaptersNav {...props(12, 7, false)} showRequest={3} onScrollPage={onScrollPage} />);
      expect(document.querySelector('details')!.open).toBe(false);
      expect(onScrollPage).not.toHaveBeenCalled();
    });
  });
});
