// @vitest-environment jsdom
// Review mode in the viewer, on the sample talk with one sentence skipped, one turn given to the wrong
// speaker and one stamp written ten seconds late, checked against captions that name their speakers:
// each finding's action, undo and redo, the count of what is left, and the corrected file downloaded.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import { applyEdits, type RestoreEdit } from '../../../../src/align/fix/index.ts';
import { createPlayerAdapter } from '../../../../src/player/player-adapter.ts';
import { readTalk } from '../../../../src/transcript/formats/read-talk.ts';
import { toSrt } from '../../../../src/transcript/formats/write-talk.ts';
import type { TextEncoding } from '../../../../src/transcript/decode-text.ts';
import type { Talk } from '../../../../src/transcript/types.ts';
import { FileOpenerContext } from '../../../../src/ui/shared/file-opener.ts';
import { TalkPage } from '../../../../src/ui/pages/talk-page.tsx';
import { TalkTools } from '../../../../src/ui/tools/talk-tools.tsx';
import { buildAlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { type CaptionCheck, CaptionCheckContext } from '../../../../src/ui/viewer/alignment/review/caption-check.ts';
import { offerCaptionFile } from '../../../../src/ui/viewer/alignment/review/caption-offer.ts';
import { preloadAlignmentDisplay } from '../../../../src/ui/viewer/alignment/lazy-alignment-layer.ts';
import { preloadReviewMode } from '../../../../src/ui/viewer/alignment/use-alignment-display.tsx';
import { TalkViewer } from '../../../../src/ui/viewer/talk-viewer.tsx';
import { captions, captionsOf, DROPPED, EDITED, spoken } from '../../../fixtures/review-case.ts';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../../fixtures/sample-talk.ts';


let blobs: Blob[];
let names: string[];

// Review mode's code is a chunk of its own; here it is in place before the first click (see review-code.test.tsx).
beforeAll(() => Promise.all([preloadReviewMode(), preloadAlignmentDisplay()]));

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  blobs = [];
  names = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download !== '') names.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    // jsdom's Blob has no text(); FileReader reads it as a browser would.
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

function check(sourceText: string | null, fileName = 'sample.md', sourceEncoding: TextEncoding = 'utf-8'): CaptionCheck {
  return { sourceText, sourceEncoding, fileName, attach: () => undefined, offered: null, answerOffer: () => undefined, attachError: null };
}

/** The viewer on `talk` aligned with the captions, in review mode. */
function renderReview(talk: Talk, sourceText: string | null, fileName = 'sample.md', encoding: TextEncoding = 'utf-8', heard = captions) {
  const view = buildAlignmentView(talk, alignTalk(talk, heard), 'sample.vtt', null);
  const adapter = createPlayerAdapter();
  render(
    <CaptionCheckContext.Provider value={check(sourceText, fileName, encoding)}>
      <TalkViewer talk={view.talk} adapter={adapter} location={{ search: '', hash: '' }} alignment={{ status: 'aligned', captionFile: 'sample.vtt', view }} />
    </CaptionCheckContext.Provider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Review 3 findings' }));
  return { view, adapter };
}

const count = () => document.querySelector('.review-count')!.textContent;
const turn = (index: number) => document.querySelector(`.turn[data-index="${index}"]`) as HTMLElement;
const passage = () => turn(3).querySelector('.review-restore') as HTMLElement;
const speaker = () => turn(2).querySelector('.review-speaker') as HTMLElement;

describe('review mode', () => {
  it('restores the skipped sentence in place, reassigns the turn, retimes the stamps, and downloads exactly that', async () => {
    const edited = sampleTalk(EDITED);
    const { view } = renderReview(edited, EDITED);
    expect(count()).toBe('3 of 3 findings left to review');
    // Reading mode's switch gives way to the fixes.
    expect(screen.queryByRole('checkbox')).toBeNull();

    fireEvent.click(within(passage()).getByRole('button', { name: /^Restore the passage at 2:0\d/ }));
    expect(passage().dataset.decision).toBe('accepted');
    // The restored words read in Charles's paragraph, between its two sentences, as the file will have them.
    expect(
      turn(3)
        .querySelector('p')!
        .textContent!.replace(/\s*restored · take back\s*/, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('The difference engine came first. It was never finished in his own lifetime sadly. Then the analytical one.');
    expect(count()).toBe('2 of 3 findings left to review');

    fireEvent.click(within(speaker()).getByRole('button', { name: 'Reassign to Ada' }));
    expect(speaker().textContent).toContain('now Ada’s turn');
    fireEvent.click(screen.getByRole('button', { name: 'Use the recording’s times' }));
    expect(count()).toBe('All 3 findings reviewed');

    fireEvent.click(screen.getByRole('button', { name: 'Download corrected transcript' }));
    expect(names).toEqual(['sample.md']);
    const text = await readBlob(blobs[0]!);
    expect(text).toBe(applyEdits(EDITED, edited, view.edits));
    // Independently of the fix code: the file is the talk as spoken, with its stamp back at 1:00.
    const fixed = readTalk(text, 'sample.md').talk!;
    expect(fixed.turns.map((t) => [t.speaker, t.stamp, t.text.replace(/[,.]/g, '')])).toEqual(
      spoken.turns.map((t) => [t.speaker, t.stamp, t.text.replace(/[,.]/g, '')]),
    );
    expect(screen.getByText('Saved sample.md with 3 changes.')).toBeTruthy();
  });

  it('dismisses, and undoes and redoes with the buttons and with Ctrl+Z and Shift+Ctrl+Z', async () => {
    const edited = sampleTalk(EDITED);
    renderReview(edited, EDITED);
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    fireEvent.click(within(passage()).getByRole('button', { name: /^Dismiss/ }));
    expect(passage().dataset.decision).toBe('dismissed');
    expect(turn(3).textContent).not.toContain('never finished');
    fireEvent.click(within(speaker()).getByRole('button', { name: /^Dismiss/ }));
    expect(count()).toBe('1 of 3 findings left to review');

    fireEvent.click(undo);
    expect(speaker().dataset.decision).toBe('open');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(passage().dataset.decision).toBe('open');
    expect(count()).toBe('3 of 3 findings left to review');
    expect(undo.disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(passage().dataset.decision).toBe('dismissed');
    fireEvent.click(redo);
    expect(speaker().dataset.decision).toBe('dismissed');
    expect(redo.disabled).toBe(true);
    // Cmd+Z on a Mac.
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    expect(speaker().dataset.decision).toBe('open');

    // Nothing accepted: the download is the file as it was.
    fireEvent.click(screen.getByRole('button', { name: 'Download corrected transcript' }));
    expect(await readBlob(blobs[0]!)).toBe(EDITED);
  });

  // A file read as Latin-1 or UTF-16 (a Windows export) is saved back in it: UTF-8 bytes would make every
  // accent read wrong in the program it came from.
  for (const [encoding, label, head] of [
    ['latin-1', 'windows-1252', []],
    ['utf-16le', 'utf-16le', [0xff, 0xfe]],
    ['utf-16be', 'utf-16be', [0xfe, 0xff]],
  ] as const) {
    it(`downloads a file that was ${encoding} corrected in ${encoding}, its accents intact`, async () => {
      const accented = EDITED.replace('It had a mill and a store.', 'It had a mill and a store, café crème.');
      const edited = sampleTalk(accented);
      const { view } = renderReview(edited, accented, 'sample.md', encoding);
      fireEvent.click(within(passage()).getByRole('button', { name: /^Restore the passage at 2:0\d/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Download corrected transcript' }));
      const bytes = await readBytes(blobs[0]!);
      expect(blobs[0]!.type).toBe(`text/markdown;charset=${label}`);
      expect([...bytes.subarray(0, head.length)]).toEqual(head);
      const expected = applyEdits(
        accented,
        edited,
        view.edits.filter((edit) => edit.kind === 'restore'),
      );
      expect(expected).toContain('never finished');
      expect(new TextDecoder(label).decode(bytes.subarray(head.length))).toBe(expected);
      if (encoding === 'latin-1') expect([bytes.indexOf(0xe9), bytes.indexOf(0xe8)].every((at) => at > 0)).toBe(true);
    });
  }

  it('leaves Ctrl+Z to a text field being typed in', () => {
    renderReview(sampleTalk(EDITED), EDITED);
    fireEvent.click(within(passage()).getByRole('button', { name: /^Restore/ }));
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(passage().dataset.decision).toBe('accepted');
    field.remove();
  });

  it('plays a passage from its first word and pauses after its last', () => {
    const { view, adapter } = renderReview(sampleTalk(EDITED), EDITED);
    const restore = view.edits.find((e) => e.kind === 'restore')!;
    if (restore.kind !== 'restore') throw new Error('no restore');
    const seek = vi.spyOn(adapter, 'seekTo');
    const pause = vi.spyOn(adapter, 'pause');
    fireEvent.click(within(passage()).getByRole('button', { name: /^Play the passage/ }));
    expect(seek).toHaveBeenLastCalledWith(restore.start, { play: true });
    act(() => adapter.seekTo((restore.start + restore.end) / 2));
    expect(pause).not.toHaveBeenCalled();
    act(() => adapter.seekTo(restore.end + 1));
    expect(pause).toHaveBeenCalledTimes(1);
  });

  it('folds what an editor leaves out, offers it only on request, and restores it anyway when asked', async () => {
    // The recording also says "today we talk about" three times over, which the transcript says once.
    const stuttered = sampleTalk(
      SAMPLE_MARKDOWN.replace('The difference engine came first.', `The difference engine came first. ${DROPPED}`).replace(
        'Today we talk about engines.',
        'Today we talk about, today we talk about, today we talk about engines.',
      ),
    );
    const heard = captionsOf(stuttered);
    const edited = sampleTalk(EDITED);
    const { view } = renderReview(edited, EDITED, 'sample.md', 'utf-8', heard);
    const stutter = view.edits.find((e): e is RestoreEdit => e.kind === 'restore' && e.passage !== 'content');
    expect(stutter).toMatchObject({ passage: 'disfluency', why: 'repeat', turn: 0 });
    expect(stutter!.words.join(' ')).toBe('today we talk about today we talk about');
    // Not a finding to decide: the count is the same three.
    expect(count()).toBe('3 of 3 findings left to review');
    expect(screen.getByText(/^1 passage of the recording is left out as an editor would/)).toBeTruthy();
    const folded = turn(0).querySelector('.review-left-out') as HTMLElement;
    const chip = within(folded).getByRole('button', { name: /^Left out at \d+:\d\d: repeats nearby words$/ });
    expect(chip.textContent).toBe('left out · repeats nearby words');
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(folded.textContent).not.toContain('today we talk about');
    expect(within(folded).queryByRole('button', { name: /Restore/ })).toBeNull();

    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(folded.textContent).toContain('today we talk about today we talk about');
    fireEvent.click(within(folded).getByRole('button', { name: /^Restore the left-out passage at \d+:\d\d anyway$/ }));
    expect(turn(0).querySelector(`[data-edit="${stutter!.id}"]`)!.getAttribute('data-decision')).toBe('accepted');
    expect(count()).toBe('3 of 3 findings left to review');
    fireEvent.click(screen.getByRole('button', { name: 'Download corrected transcript' }));
    expect(await readBlob(blobs[0]!)).toBe(applyEdits(EDITED, edited, [stutter!]));
    // Undone, it is folded again.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(turn(0).querySelector('.review-left-out') as HTMLElement).getByRole('button').getAttribute('aria-expanded')).toBe('false');
  });

  it('says why a talk that is not markdown cannot be downloaded corrected', () => {
    const srt = toSrt(sampleTalk(EDITED));
    const talk = readTalk(srt, 'sample.srt').talk!;
    const view = buildAlignmentView(talk, alignTalk(talk, captions), 'sample.vtt', null);
    render(
      <CaptionCheckContext.Provider value={check(srt, 'sample.srt')}>
        <TalkViewer talk={view.talk} location={{ search: '', hash: '' }} alignment={{ status: 'aligned', captionFile: 'sample.vtt', view }} />
      </CaptionCheckContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Review \d+ findings?$/ }));
    expect((screen.getByRole('button', { name: 'Download corrected transcript' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/only markdown talks can be fixed in place.*talkline convert/);
  });
});

describe('checking a talk against a caption file the reader opens', () => {
  const captionFile = () => new File([toSrt(captions)], 'sample.srt', { type: 'application/x-subrip' });
  const entry = { fileName: 'sample.md', url: '/assets/sample.md' };

  function renderPage(open = vi.fn()) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === entry.url ? new Response(EDITED) : new Response('', { status: 404 }))),
    );
    render(
      <FileOpenerContext.Provider value={{ open }}>
        <TalkPage entry={entry} renderTools={(talk) => <TalkTools talk={talk} fileName={entry.fileName} home={null} />} />
      </FileOpenerContext.Provider>,
    );
    return open;
  }

  it('aligns the shown talk with a file picked with "Check against captions…"', async () => {
    renderPage();
    await screen.findByRole('button', { name: 'Check against captions…' });
    const input = screen.getByLabelText('Caption file to check against', { selector: 'input' }) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [captionFile()] } });
    await screen.findByText(/Timed word by word with/, {}, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Review 3 findings' })).toBeTruthy();
  });

  it('asks what a caption file dropped on the talk is for: checking it, or opening it as a talk', async () => {
    const open = renderPage();
    await screen.findByRole('button', { name: 'Check against captions…' });
    // The talk arrived outside act: let its effects (which take the offers) run before offering.
    await act(async () => undefined);
    // A markdown file is always a talk of its own.
    expect(offerCaptionFile(new File(['# x'], 'other.md'))).toBe(false);

    const declined = captionFile();
    // The page root offers every dropped file; state changes follow, hence act.
    const offer = (file: File) => {
      let taken = false;
      act(() => {
        taken = offerCaptionFile(file);
      });
      return taken;
    };
    expect(offer(declined)).toBe(true);
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toBe('Check this talk against sample.srt?Check this talkOpen it as a new talkCancel');
    fireEvent.click(within(question).getByRole('button', { name: 'Open it as a new talk' }));
    expect(open).toHaveBeenCalledWith(declined);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // Dropped by mistake: Cancel, or Escape, and neither happens.
    expect(offer(captionFile())).toBe(true);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(offer(captionFile())).toBe(true);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Check this talk' }), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(open).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Timed word by word with/)).toBeNull();

    expect(offer(captionFile())).toBe(true);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Check this talk' }));
    await screen.findByText(/Timed word by word with/, {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('takes no caption file once the talk is gone', () => {
    renderPage();
    cleanup();
    expect(offerCaptionFile(captionFile())).toBe(false);
  });
});
