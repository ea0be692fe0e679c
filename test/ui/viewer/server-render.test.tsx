// @vitest-environment jsdom
/**
 * The transcript can be rendered to HTML ahead of time (publishing does so) and hydrated in the page:
 * the markup holds every turn's text, in order, and the first client render matches it.
 */
import { act, cleanup } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { readMarkdown } from '../../../src/transcript/formats/markdown/read-markdown.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';

const bundled = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../content/lex-fridman-ilya-sutskever.md'), 'utf8');
const talk = readMarkdown(bundled, 'lex-fridman-ilya-sutskever.md').talk!;
const location = { search: '', hash: '' };
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('server rendering and hydration', () => {
  it('renders every turn, in order, with its time, speaker and text', () => {
    const html = renderToString(<TalkViewer talk={talk} adapter={createPlayerAdapter()} location={location} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    const turns = [...page.querySelectorAll<HTMLElement>('.transcript [data-index]')];
    expect(turns.map((turn) => Number(turn.dataset.index))).toEqual(talk.turns.map((turn) => turn.index));
    for (const turn of talk.turns) {
      const element = turns[turn.index]!;
      expect(squash(element.textContent ?? '')).toContain(squash(turn.text));
      if (turn.speaker !== null) expect(element.textContent).toContain(turn.speaker);
    }
    // Far-away turns are cold: a handful of nodes each, and no hot turn is chosen before the page runs.
    expect(page.querySelectorAll('.turn-cold')).toHaveLength(talk.turns.length);
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
      hydrateRoot(container, viewer, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();

    const current = container.querySelector<HTMLElement>('.turn[aria-current="true"]');
    expect(current).not.toBeNull();
    expect(Number(current!.dataset.start)).toBeLessThanOrEqual(3215);
    expect(current!.querySelector('.sentence')).not.toBeNull();
    // Still every turn, once.
    expect(container.querySelectorAll('.transcript [data-index]')).toHaveLength(talk.turns.length);

    // A cold turn far away seeks on click, through the transcript's own handler.
    const seek = vi.spyOn(adapter, 'seekTo');
    const cold = container.querySelector<HTMLElement>('.turn-cold[data-index="5"]')!;
    act(() => cold.click());
    expect(seek).toHaveBeenCalledWith(Number(cold.dataset.start), { play: true });
  });
});
