// @vitest-environment jsdom
// A talk opened with a caption file beside it: aligned once (here on the main thread: jsdom has no Worker),
// the sentence the transcript skipped shown inline where it was spoken, hidden by the switch, and the
// spoken word marked from the recording's times.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import { createPlayerAdapter } from '../../../../src/player/player-adapter.ts';
import { buildAlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { preloadAlignmentDisplay } from '../../../../src/ui/viewer/alignment/lazy-alignment-layer.ts';
import { TalkViewer } from '../../../../src/ui/viewer/talk-viewer.tsx';
import { TalkPage } from '../../../../src/ui/pages/talk-page.tsx';
import { toSrt } from '../../../../src/transcript/formats/write-talk.ts';
import { makeCaptions } from '../../../fixtures/make-captions.ts';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../../fixtures/sample-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 2 };
const DROPPED = 'It was never finished in his own lifetime, sadly.';
// What was said: the transcript (SAMPLE_MARKDOWN) lacks one sentence of Charles's answer.
const spoken = sampleTalk(SAMPLE_MARKDOWN.replace('The difference engine came first.', `The difference engine came first. ${DROPPED}`));
const gen = makeCaptions(spoken, QUIET);
const captionText = toSrt(gen.captions);

const entry = {
  fileName: 'sample.md',
  url: '/assets/sample.md',
  captions: [
    { fileName: 'sample.srt', url: '/assets/sample.srt' },
    { fileName: 'sample.en.vtt', url: '/assets/missing.vtt' },
  ],
};

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function serve(files: Record<string, string>) {
  const fetchFile = vi.fn(async (url: string) => (url in files ? new Response(files[url]) : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetchFile);
  return fetchFile;
}

const engineTurn = () => document.querySelector('.turn[data-index="3"]') as HTMLElement;

// The bar's code, as a page has it by then: it is fetched when the talk starts aligning, and the worker takes longer.
beforeAll(() => preloadAlignmentDisplay());

describe('a talk with a caption file beside it', () => {
  it('shows the transcript at once, then the skipped sentence inline where it was spoken, which the switch hides', async () => {
    serve({ '/assets/sample.md': SAMPLE_MARKDOWN, '/assets/sample.srt': captionText });
    // The WebVTT file is preferred (word times); it is missing here, so the page says so and keeps the talk.
    render(<TalkPage entry={{ ...entry, captions: [entry.captions[0]!] }} />);
    await screen.findByText(/Timing the transcript word by word with/);
    expect(document.querySelectorAll('.turn')).toHaveLength(6);

    // Aligned after the aligner's code loads (the page's own first load goes without it).
    const passage = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(passage.textContent).toContain('In the recording, not in the transcript');
    expect(passage.querySelector('.skipped-words')?.textContent).toBe(DROPPED.toLowerCase().replace(/[,.]/g, ''));
    // Inside Charles's turn, between its two sentences, and none of the transcript's words lost.
    expect(engineTurn().contains(passage)).toBe(true);
    const paragraph = engineTurn().querySelector('p')!;
    const text = paragraph.textContent!;
    expect(text.indexOf('came first.')).toBeLessThan(text.indexOf('In the recording'));
    expect(text.indexOf('never finished')).toBeLessThan(text.indexOf('Then the analytical one.'));
    expect(text.replace(passage.textContent!, ' ').replace(/\s+/g, ' ')).toBe('The difference engine came first. Then the analytical one.');
    const time = within(passage).getByRole('link');
    expect(Number(passage.dataset.start)).toBeCloseTo(gen.wordStarts[3]![5]!, 0);
    expect(time.getAttribute('href')).toBe(`?t=${Math.floor(Number(passage.dataset.start))}`);

    const toggle = screen.getByRole('checkbox', { name: /Show 1 passage in the recording, not in the transcript/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    expect(screen.queryByRole('note')).toBeNull();
    expect(engineTurn().querySelector('p')!.textContent).toBe('The difference engine came first. Then the analytical one.');
    fireEvent.click(toggle);
    expect(screen.getAllByRole('note')).toHaveLength(1);
  });

  it('says why when the caption file cannot be loaded, and keeps the transcript as written', async () => {
    serve({ '/assets/sample.md': SAMPLE_MARKDOWN });
    render(<TalkPage entry={entry} />);
    await screen.findByText(/The caption file could not be used: sample\.en\.vtt could not be loaded \(HTTP 404\)/, {}, { timeout: 10_000 });
    expect(document.querySelectorAll('.turn')).toHaveLength(6);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('leaves talks without captions alone', async () => {
    const fetchFile = serve({ '/assets/sample.md': SAMPLE_MARKDOWN });
    render(<TalkPage entry={{ fileName: 'sample.md', url: '/assets/sample.md' }} />);
    await waitFor(() => expect(document.querySelectorAll('.turn')).toHaveLength(6));
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.alignment-bar')).toBeNull();
  });
});

describe('the viewer on an aligned talk', () => {
  it('marks the word being spoken, from the recording’s times', () => {
    const talk = sampleTalk();
    const view = buildAlignmentView(talk, alignTalk(talk, gen.captions), 'sample.srt', null);
    const adapter = createPlayerAdapter();
    render(<TalkViewer talk={view.talk} adapter={adapter} location={{ search: '', hash: '' }} alignment={{ status: 'aligned', captionFile: 'sample.srt', view }} />);
    // As said, Charles's answer has the nine dropped words before "Then" (word 14) and "analytical" (16).
    act(() => adapter.seekTo(gen.wordStarts[3]![14]! + 0.01));
    expect(document.querySelectorAll('.word.is-spoken')).toHaveLength(1);
    expect(engineTurn().querySelector('.word.is-spoken')?.textContent).toBe('Then');
    act(() => adapter.seekTo(gen.wordStarts[3]![16]! + 0.01));
    expect(engineTurn().querySelector('.word.is-spoken')?.textContent).toBe('analytical');
  });
});

describe('a skipped passage', () => {
  it('plays from its own time when its words or its time are clicked, not from its turn', () => {
    const talk = sampleTalk();
    const view = buildAlignmentView(talk, alignTalk(talk, gen.captions), 'sample.srt', null);
    const adapter = createPlayerAdapter();
    const seek = vi.spyOn(adapter, 'seekTo');
    render(<TalkViewer talk={view.talk} adapter={adapter} location={{ search: '', hash: '' }} alignment={{ status: 'aligned', captionFile: 'sample.srt', view }} />);
    const passage = screen.getByRole('note');
    const start = Number(passage.dataset.start);
    fireEvent.click(passage.querySelector('.skipped-words')!);
    expect(seek).toHaveBeenLastCalledWith(start, { play: true });
    fireEvent.click(within(passage).getByRole('link'));
    expect(seek).toHaveBeenLastCalledWith(start, { play: true });
    expect(seek).toHaveBeenCalledTimes(2);
  });
});
