// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryResults } from '../../../src/library/library-search.ts';
import type { LibraryEntry } from '../../../src/library/manifest.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { splitWords } from '../../../src/transcript/words.ts';
import { exportFileName } from '../../../src/ui/tools/download-export.ts';
import { ExportMenu } from '../../../src/ui/tools/export-menu.tsx';
import { AppRoot } from '../../../src/ui/app/app-root.tsx';
import { LibrarySearchPanel } from '../../../src/ui/library/library-search-panel.tsx';
import { TalkList } from '../../../src/ui/library/talk-list.tsx';
import { useFileDrop } from '../../../src/ui/app/use-file-drop.ts';
import type { LibrarySearch } from '../../../src/ui/library/use-library-search.ts';
import { VideoIdPrompt } from '../../../src/ui/pages/video-id-prompt.tsx';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

function entry(slug: string, summary: Partial<LibraryEntry['summary']> = {}): LibraryEntry {
  return {
    slug,
    fileName: `${slug}.md`,
    url: `/assets/${slug}.md`,
    captions: [],
    summary: {
      title: slug,
      date: null,
      duration: 3725,
      speakers: ['Ada', 'Charles'],
      speakerCount: 2,
      chapterCount: 3,
      turnCount: 40,
      wordCount: 900,
      format: 'markdown',
      videoId: '13CZPWmke6A',
      errorCount: 0,
      warningCount: 0,
      firstError: null,
      ...summary,
    },
  };
}

describe('the video id question', () => {
  it('takes an id or any YouTube link, and says what is wrong with anything else', () => {
    const onVideoId = vi.fn();
    const onSkip = vi.fn();
    render(<VideoIdPrompt fileName="captions.srt" title="Captions" onVideoId={onVideoId} onSkip={onSkip} />);
    const input = screen.getByLabelText('YouTube link or video id');
    fireEvent.change(input, { target: { value: 'https://example.com/watch?v=13CZPWmke6A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show with this video' }));
    expect(screen.getByRole('alert').textContent).toContain('neither a YouTube link nor a video id');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onVideoId).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: ' youtu.be/13CZPWmke6A?t=30 ' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show with this video' }));
    expect(onVideoId).toHaveBeenCalledWith('13CZPWmke6A');
    fireEvent.click(screen.getByRole('button', { name: 'Read without the video' }));
    expect(onSkip).toHaveBeenCalled();
  });
});

describe('export', () => {
  it('names downloads after the source file, with the video id where a caption format needs it', () => {
    const talk = { title: 'A talk', videoId: 'aB3dE5fG7hJ' };
    expect(exportFileName(talk, 'srt', 'Neural Networks Explained [aB3dE5fG7hJ].en.vtt', 'srt')).toBe('Neural Networks Explained [aB3dE5fG7hJ].srt');
    expect(exportFileName(talk, 'md', 'lex.md', 'md')).toBe('lex.md');
    expect(exportFileName(talk, 'chapters', 'lex.md', 'chapters.json')).toBe('lex.chapters.json');
    expect(exportFileName({ title: 'Q: A/B?', videoId: null }, 'vtt', '', 'vtt')).toBe('Q- A-B-.vtt');
  });

  it('downloads the chosen format as a file, and offers chapters only when there are some', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const talk = sampleTalk();
    render(<ExportMenu talk={talk} fileName="sample.md" />);
    // The panel's code comes when the reader heads for the menu.
    fireEvent.pointerOver(screen.getByText('Export'));
    fireEvent.click(await screen.findByRole('button', { name: 'SubRip captions (.srt)' }));
    await waitFor(() => expect(names).toEqual(['sample [13CZPWmke6A].srt']));
    const text = await new Promise<string>((resolve) => {
      // jsdom's Blob has no text(); FileReader reads it as a browser would.
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    const back = readTalk(text, names[0]).talk!;
    // SubRip joins a speaker's consecutive turns; every word comes back, in order.
    expect(back.turns.flatMap((turn) => splitWords(turn.text))).toEqual(talk.turns.flatMap((turn) => splitWords(turn.text)));
    expect(blobs[0]!.type).toBe('application/x-subrip;charset=utf-8');
    expect((screen.getByRole('button', { name: 'Podcasting 2.0 chapters (.chapters.json)' }) as HTMLButtonElement).disabled).toBe(false);
    cleanup();
    render(<ExportMenu talk={{ ...talk, chapters: [] }} fileName="sample.md" />);
    // Its code came with the first menu: the panel is there at once.
    expect((screen.getByRole('button', { name: 'Podcasting 2.0 chapters (.chapters.json)' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the library list and search results', () => {
  it('lists each talk with its summary and a link to its address', () => {
    render(
      <TalkList
        talks={[
          entry('one', { title: 'One', date: '2024-01-07', chapterCount: 1, speakers: ['A', 'B', 'C', 'D', 'E', 'F'], speakerCount: 8 }),
          entry('broken', { title: 'Broken', turnCount: 0, errorCount: 1, firstError: 'no turns found' }),
        ]}
      />,
    );
    const one = screen.getByRole('link', { name: 'One' });
    expect(one.getAttribute('href')).toBe('talks/one/');
    const item = one.closest('li')!.textContent!;
    for (const part of ['Jan 7, 2024', '1:02:05', '1 chapter', '40 turns', 'Markdown', 'A, B, C, D, E, F and 2 others']) expect(item).toContain(part);
    expect(screen.getByRole('link', { name: 'Broken' }).closest('li')!.textContent).toContain('Cannot be opened: no turns found');
  });

  it('says which talks play their own audio or video', () => {
    render(
      <TalkList
        talks={[entry('podcast', { title: 'Podcast', media: 'audio' }), entry('film', { title: 'Film', media: 'video' }), entry('one', { title: 'One' })]}
      />,
    );
    const item = (name: string) => screen.getByRole('link', { name }).closest('li')!.querySelector('.library-talk-meta')!.textContent!;
    expect(item('Podcast')).toMatch(/Audio$/);
    expect(item('Film')).toMatch(/Video$/);
    expect(item('One')).not.toMatch(/Audio|Video/);
  });

  it("shows a podcast episode's season and number before its date", () => {
    render(
      <TalkList
        talks={[
          entry('roof', { title: 'Fixing the Roof', date: '2024-01-07', show: 'The Roof Show', season: '2', episode: '12' }),
          entry('bonus', { title: 'Bonus', show: 'The Roof Show', episode: '12.5' }),
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Fixing the Roof' }).closest('li')!.querySelector('.library-talk-meta')!.textContent).toMatch(
      /^Season 2, episode 12Jan 7, 2024/,
    );
    expect(screen.getByRole('link', { name: 'Bonus' }).closest('li')!.textContent).toContain('Episode 12.5');
  });

  it('shows results grouped by talk, each hit linking to its moment, and how far the search got', () => {
    const results: LibraryResults = {
      query: 'engine',
      talkCount: 2,
      groups: [
        {
          order: 0,
          slug: 'one',
          title: 'One',
          count: 5,
          hits: [{ turnIndex: 3, time: 754.21, speaker: 'Ada', snippet: '…the engine ran…', ranges: [[5, 11]] }],
        },
        { order: 1, slug: 'two', title: 'Two', count: 1, hits: [{ turnIndex: 0, time: 0, speaker: null, snippet: 'engines', ranges: [[0, 6]] }] },
      ],
    };
    const search: LibrarySearch = {
      query: 'engine',
      setQuery: vi.fn(),
      start: vi.fn(),
      answer: { results, searched: 120, total: 300, complete: false },
      progress: null,
    };
    render(<LibrarySearchPanel search={search} />);
    expect(screen.getByRole('status').textContent).toBe('2 talks match so far (searched 120 of 300 talks)…');
    const hit = screen.getByRole('link', { name: /12:34 Ada …the engine ran…/ });
    expect(hit.getAttribute('href')).toBe('talks/one/?t=754.21&q=engine');
    expect(screen.getByRole('link', { name: 'Two' }).getAttribute('href')).toBe('talks/two/?q=engine');
    expect(hit.querySelector('mark')?.textContent).toBe('engine');
    expect(screen.getByText('and 4 more turns in this talk')).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Search every talk' });
    fireEvent.focus(box);
    expect(search.start).toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(search.setQuery).toHaveBeenCalledWith('');
  });
});

function DropProbe({ onFile }: { onFile: (file: File) => void }) {
  return <p>{useFileDrop(onFile) ? 'dragging' : 'idle'}</p>;
}

/** jsdom has no DataTransfer: a drag event carrying the part of it the page reads. */
function dragEvent(type: string, files: File[]) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: files.length > 0 ? ['Files'] : ['text/plain'], files, dropEffect: 'none' } });
  return event;
}

describe('dropping a file on the page', () => {
  it('shows that a file is being dragged, and hands over the dropped file', () => {
    const onFile = vi.fn();
    render(<DropProbe onFile={onFile} />);
    const file = new File(['WEBVTT'], 'talk.vtt');
    act(() => void document.body.dispatchEvent(dragEvent('dragenter', [file])));
    expect(screen.getByText('dragging')).toBeTruthy();
    const over = dragEvent('dragover', [file]);
    act(() => void document.body.dispatchEvent(over));
    // Without this the browser would open the file itself, leaving the page.
    expect(over.defaultPrevented).toBe(true);
    act(() => void document.body.dispatchEvent(dragEvent('drop', [file])));
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByText('idle')).toBeTruthy();
  });

  it('leaves text drags alone', () => {
    const onFile = vi.fn();
    render(<DropProbe onFile={onFile} />);
    const over = dragEvent('dragover', []);
    act(() => void document.body.dispatchEvent(dragEvent('dragenter', [])));
    act(() => void document.body.dispatchEvent(over));
    expect(screen.getByText('idle')).toBeTruthy();
    expect(over.defaultPrevented).toBe(false);
  });
});

describe('the page root (this build holds one talk)', () => {
  it('shows the only talk at /, with the open and export tools and no library link', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('---\ntitle: Only talk\nyoutube: 13CZPWmke6A\n---\n\n**Ada:** Hello.\n')),
    );
    render(<AppRoot />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Only talk' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open transcript…' })).toBeTruthy();
    expect(screen.getByText('Export')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'All talks' })).toBeNull();
  });

  it('says when an address names no talk', async () => {
    window.history.replaceState(null, '', '/?talk=no-such-talk');
    render(<AppRoot />);
    expect((await screen.findByRole('alert')).textContent).toContain('no talk in this library has that address');
  });

  it('says when a remembered file is gone, and offers to open it again', async () => {
    window.history.replaceState(null, '', '/?file=deadbeef');
    render(<AppRoot />);
    expect((await screen.findByRole('alert')).textContent).toContain('This file is not here');
    expect(screen.getByRole('button', { name: 'Open transcript…' })).toBeTruthy();
  });

  /** The bundled talk's page, loaded from a stubbed fetch, with its file input. */
  async function onlyTalkPage() {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('---\ntitle: Only talk\nyoutube: 13CZPWmke6A\n---\n\n**Ada:** Hello.\n')),
    );
    render(<AppRoot />);
    await screen.findByRole('heading', { level: 1, name: 'Only talk' });
  }

  it('opens a picked file, asks for its video, and shows it', async () => {
    await onlyTalkPage();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['1\n00:00:00,000 --> 00:00:02,000\nAda: Hello there.\n'], 'hello.srt')] } });
    const question = await screen.findByLabelText('YouTube link or video id');
    // Asked before the address changes: Cancel or Back leaves the page as it was.
    expect(window.location.search).toBe('');
    fireEvent.change(question, { target: { value: '13CZPWmke6A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show with this video' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'hello' })).toBeTruthy();
    expect(window.location.search).toMatch(/^\?file=/);
    expect(window.localStorage.getItem('talkline.recent.v1')).toContain('13CZPWmke6A');
  });

  it('shows the problems of a file that is not a talk, by line', async () => {
    await onlyTalkPage();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['---\ntitle: Unclosed\n'], 'notes.md')] } });
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain('This file could not be opened');
    expect([...panel.querySelectorAll('.diagnostics li')].some((item) => item.textContent?.startsWith('notes.md:1 warning'))).toBe(true);
  });
});
