// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { preloadPlayerNotes } from '../../../src/ui/viewer/player/player-panel.tsx';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

const talk = sampleTalk();
let adapter: PlayerAdapter;

beforeEach(() => {
  adapter = createPlayerAdapter();
  // jsdom has no layout and no scrolling; follow mode's calls land here.
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
// The failure notes load when first shown; here the player fails at once.
beforeAll(() => preloadPlayerNotes());
afterEach(cleanup);

function renderViewer(props: Partial<Parameters<typeof TalkViewer>[0]> = {}) {
  return render(<TalkViewer talk={talk} adapter={adapter} location={{ search: '', hash: '' }} {...props} />);
}

const current = () => document.querySelector('.turn[aria-current="true"]') as HTMLElement | null;
const moveTo = (seconds: number) => act(() => adapter.seekTo(seconds));

describe('TalkViewer', () => {
  it('shows title, date, description, chapters and every turn', () => {
    renderViewer();
    expect(screen.getByRole('heading', { level: 1, name: 'A sample conversation' })).toBeTruthy();
    expect(screen.getByText('January 7, 2024')).toBeTruthy();
    expect(screen.getByText('A preface that becomes the description.')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Opening0:00', 'Engines2:00']);
    expect(document.querySelectorAll('.turn')).toHaveLength(6);
    expect(screen.getByRole('heading', { level: 2, name: 'Engines' })).toBeTruthy();
  });

  it('moves the current turn, chapter and caption with the time', () => {
    renderViewer();
    expect(current()?.dataset.start).toBe('0');
    moveTo(65);
    expect(current()?.dataset.start).toBe('60');
    moveTo(200);
    expect(current()?.dataset.start).toBe('188');
    expect(document.querySelectorAll('[aria-current="true"].turn')).toHaveLength(1);
    expect(screen.getByRole('link', { current: true }).textContent).toContain('Engines');
    expect(document.querySelector('.now-chapter')?.textContent).toBe('Chapter 2/2 Engines');
  });

  it('opens at a deep-linked moment', () => {
    adapter = createPlayerAdapter({ initialTime: 125 });
    renderViewer({ location: { search: '?t=125', hash: '' } });
    expect(current()?.dataset.start).toBe('120');
  });

  it('follows a #t= fragment changed while the page is open', () => {
    renderViewer();
    act(() => {
      window.location.hash = '#t=2:01';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(current()?.dataset.start).toBe('120');
    window.location.hash = '';
  });

  it('seeks and plays from a clicked turn, through the adapter', () => {
    const seek = vi.spyOn(adapter, 'seekTo');
    renderViewer();
    fireEvent.click(screen.getByText('So where was any doubt coming from?'));
    expect(seek).toHaveBeenCalledWith(60, { play: true });
    expect(current()?.dataset.start).toBe('60');
  });

  it('seeks to a chapter from the table of contents', () => {
    const seek = vi.spyOn(adapter, 'seekTo');
    renderViewer();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Chapters' })).getByText('Engines'));
    expect(seek).toHaveBeenCalledWith(120, { play: true });
  });

  it('announces a new speaker or chapter politely, not every turn', () => {
    renderViewer();
    const region = screen.getByTestId('live-announcer');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    moveTo(31);
    expect(region.textContent).toBe('Charles');
    moveTo(121);
    expect(region.textContent).toBe('Chapter: Engines. Charles');
    moveTo(190); // Charles again, same chapter: nothing new to say
    expect(region.textContent).toBe('Chapter: Engines. Charles');
    moveTo(241);
    expect(region.textContent).toBe('Ada');
  });

  it('answers the keyboard outside text fields', async () => {
    const seek = vi.spyOn(adapter, 'seekTo');
    const toggle = vi.spyOn(adapter, 'toggle');
    renderViewer();
    moveTo(60);
    seek.mockClear();
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    fireEvent.keyDown(document.body, { key: 'l' });
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(seek.mock.calls).toEqual([[120], [130]]);
    expect(toggle).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: '?' });
    // The dialog's code is fetched on first use.
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 10_000 })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows why the video is missing, with a watch link at the current moment', () => {
    renderViewer();
    moveTo(121);
    act(() => adapter.fail({ kind: 'player', code: 150 }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('error 150');
    expect(within(alert).getByRole('link', { name: 'Watch on YouTube at this moment' }).getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=13CZPWmke6A&t=120s',
    );
    expect(document.querySelectorAll('.turn')).toHaveLength(6);
  });

  it('says so when the talk has no video, and the transcript still works', () => {
    renderViewer({ talk: { ...talk, videoId: null } });
    expect(screen.getByText('This talk names no video.')).toBeTruthy();
    fireEvent.click(screen.getByText('Thank you for having me.'));
    expect(current()?.dataset.start).toBe('30');
  });

  it('has the search panel above the transcript, and going to a hit seeks without playing', async () => {
    renderViewer();
    const slot = document.querySelector('[data-slot="search"]')!;
    expect(slot.compareDocumentPosition(document.querySelector('.transcript')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.change(within(slot as HTMLElement).getByRole('searchbox'), { target: { value: 'difference' } });
    // The panel and the engine load on first use: on a busy machine that takes longer than waitFor's default second.
    await waitFor(() => expect([...document.querySelectorAll('mark.search-mark')].map((mark) => mark.textContent)).toEqual(['difference']), { timeout: 15_000 });
    // The panel has taken the box over (the first page's box was a stand-in until its code came).
    const box = within(slot as HTMLElement).getByRole('searchbox');
    expect((box as HTMLInputElement).value).toBe('difference');
    // A hit: the video moves to the sentence without starting, and the transcript follows to its turn.
    const seek = vi.spyOn(adapter, 'seekTo');
    const play = vi.spyOn(adapter, 'play');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seek).toHaveBeenLastCalledWith(120);
    expect(play).not.toHaveBeenCalled();
    expect(current()?.dataset.start).toBe('120');
    // Typing in the panel is text, not shortcuts; Escape clears the marks.
    const toggle = vi.spyOn(adapter, 'toggle');
    fireEvent.keyDown(box, { key: 'k' });
    expect(toggle).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(document.querySelectorAll('mark')).toHaveLength(0));
  });

  it('opens with the search its address carries (a library result), at the moment it names', async () => {
    adapter = createPlayerAdapter({ initialTime: 125 });
    renderViewer({ location: { search: '?t=125&q=difference', hash: '' } });
    expect(current()?.dataset.start).toBe('120');
    const slot = document.querySelector<HTMLElement>('[data-slot="search"]')!;
    // No one headed for the box: the address alone fetched the panel, which starts with its words marked.
    const marked = () => [...document.querySelectorAll('mark.search-mark')].map((mark) => mark.textContent);
    await waitFor(() => expect(marked()).toEqual(['difference']), { timeout: 15_000 });
    expect(within(slot).getByRole('searchbox')).toHaveProperty('value', 'difference');
    // The result at the address's moment is the active one.
    expect(within(slot).getByRole('status').textContent).toBe('1 of 1');
  });
});

describe('TalkViewer rendering budget', () => {
  // Records handed to the callback leave the observer's queue; keep them for the next look.
  const pending: MutationRecord[] = [];

  /** Which turns (by data-index) the DOM mutations since the last call touched; -1 = outside turns. */
  function touched(observer: MutationObserver): number[] {
    const indices = new Set<number>();
    for (const record of pending.splice(0).concat(observer.takeRecords())) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const turn = node?.closest('.turn') as HTMLElement | null;
      indices.add(turn === null ? -1 : Number(turn.dataset.index));
    }
    return [...indices].sort((a, b) => a - b);
  }

  it('touches no turn on a tick within a sentence, one for a new sentence, two for a new turn', () => {
    renderViewer();
    moveTo(0.5);
    const observer = new MutationObserver((records) => pending.push(...records));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

    moveTo(0.6);
    expect(touched(observer)).toEqual([]);
    moveTo(12); // next sentence of the first turn
    expect(touched(observer)).toEqual([0]);
    moveTo(31); // next turn, same chapter (the live region says the new speaker)
    expect(touched(observer)).toEqual([-1, 0, 1]);
    moveTo(61);
    expect(touched(observer).filter((index) => index >= 0)).toEqual([1, 2]);
    observer.disconnect();
  });
});
