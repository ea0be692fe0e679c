// @vitest-environment jsdom
/**
 * The transcript can be rendered to HTML ahead of time (publishing does so) and hydrated in the page:
 * the markup holds every turn's text, in order, and the first client render matches it.
 */
import { act, cleanup } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Root, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { readMarkdown } from '../../../src/transcript/formats/markdown/read-markdown.ts';
import { turnTimeLabel } from '../../../src/ui/shared/format-time.ts';
import { preloadQuoteMarks } from '../../../src/ui/viewer/quote/use-quote.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { FIRST_COLD_CHUNKS, RUN_CHUNKS, planChunks } from '../../../src/ui/viewer/transcript/transcript-chunks.ts';

const bundled = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../content/lex-fridman-ilya-sutskever.md'), 'utf8');
const talk = readMarkdown(bundled, 'lex-fridman-ilya-sutskever.md').talk!;
const location = { search: '', hash: '' };
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every turn's speaker, time and text is in the transcript's text, once each and in order. */
function expectEveryTurnInOrder(transcript: Element): void {
  const text = squash(transcript.textContent ?? '');
  let at = 0;
  for (const turn of talk.turns) {
    for (const part of [turn.speaker, turnTimeLabel(turn.start, turn.estimated), turn.text]) {
      if (part === null) continue;
      const found = text.indexOf(squash(part), at);
      expect(found, `turn ${turn.index}: ${part.slice(0, 40)}`).toBeGreaterThanOrEqual(at);
      at = found + squash(part).length;
    }
  }
}

// Roots hydrated here are unmounted after each test, like those Testing Library renders: left mounted,
// their scheduled work (a frame's measure, a lazy part arriving) could run after the page is gone.
const hydrated: Root[] = [];

afterEach(() => {
  act(() => hydrated.splice(0).forEach((root) => root.unmount()));
  cleanup();
  document.body.innerHTML = '';
});

describe('server rendering and hydration', () => {
  it('renders every turn, in order, with its time, speaker and text', () => {
    const html = renderToString(<TalkViewer talk={talk} adapter={createPlayerAdapter()} location={location} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    expectEveryTurnInOrder(page.querySelector('.transcript')!);
    // The first chunks are cold turns (the first screen, as it will look once running); the rest is
    // flat, and no hot turn is chosen before the page runs.
    const cold = [...page.querySelectorAll<HTMLElement>('.turn-cold')].map((turn) => Number(turn.dataset.index));
    const firstChunks = planChunks(talk.turns).slice(0, FIRST_COLD_CHUNKS);
    expect(cold).toEqual(talk.turns.slice(0, firstChunks.at(-1)!.last + 1).map((turn) => turn.index));
    // Flat chunks are drawn in runs, each within a block of RUN_CHUNKS chunks.
    const chunkCount = planChunks(talk.turns).length;
    const runs = [...page.querySelectorAll<HTMLElement>('.turn-chunk-flat')].map((run) => [Number(run.dataset.chunk), Number(run.dataset.chunkLast)]);
    expect(runs[0]![0]).toBe(FIRST_COLD_CHUNKS);
    expect(runs.at(-1)![1]).toBe(chunkCount - 1);
    expect(runs.length).toBe(Math.ceil(chunkCount / RUN_CHUNKS));
    // Every chapter's title is there, in order: headings before drawn chunks, lines of a run's text in far ones.
    const text = page.querySelector('.transcript')!.textContent!;
    let at = 0;
    for (const chapter of talk.chapters) {
      const found = text.indexOf(chapter.title, at);
      expect(found, chapter.title).toBeGreaterThanOrEqual(at);
      at = found + chapter.title.length;
    }
    expect(page.querySelectorAll('h2.chapter-title').length).toBeLessThan(talk.chapters.length);
    expect(page.querySelectorAll('.sentence')).toHaveLength(0);
  });

  it('hydrates without a mismatch, then makes the spoken turn hot and clickable', () => {
    const adapter = createPlayerAdapter({ initialTime: 3215 });
    const viewer = <TalkViewer talk={talk} adapter={adapter} location={{ search: '?t=3215', hash: '' }} />;
    const html = renderToString(viewer);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    act(() => {
      hydrated.push(hydrateRoot(container, viewer, { onRecoverableError: recoverable }));
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();

    const current = container.querySelector<HTMLElement>('.turn[aria-current="true"]');
    expect(current).not.toBeNull();
    expect(Number(current!.dataset.start)).toBeLessThanOrEqual(3215);
    expect(current!.querySelector('.sentence')).not.toBeNull();
    // Still every turn, once, in order.
    expectEveryTurnInOrder(container.querySelector('.transcript')!);

    // A cold turn far away seeks on click, through the transcript's own handler.
    const seek = vi.spyOn(adapter, 'seekTo');
    const cold = container.querySelector<HTMLElement>('.turn-cold[data-index="5"]')!;
    act(() => cold.click());
    expect(seek).toHaveBeenCalledWith(Number(cold.dataset.start), { play: true });
  });

  it('hydrates a quote link (#t=START,END) without a mismatch, then marks the quote', async () => {
    // The server cannot see the address's fragment; both renders start the player at the quote, so the
    // quote's marks are all that differs.
    const adapter = createPlayerAdapter({ initialTime: 3215 });
    const server = renderToString(<TalkViewer talk={talk} adapter={createPlayerAdapter({ initialTime: 3215 })} location={location} />);
    const container = document.createElement('div');
    container.innerHTML = server;
    document.body.append(container);
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    act(() => {
      hydrated.push(hydrateRoot(container, <TalkViewer talk={talk} adapter={adapter} location={{ search: '', hash: '#t=3215,3230' }} />, { onRecoverableError: recoverable }));
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    // The code that finds the quote's words comes after the page is taken over (not in the first page's script).
    await act(async () => {
      await preloadQuoteMarks();
    });
    expect(container.querySelectorAll('mark[data-quote]').length).toBeGreaterThan(0);
  });
});
