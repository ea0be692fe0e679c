// @vitest-environment jsdom
// Review mode's code is a chunk of its own, not part of a talk page's first script: a viewer with findings
// fetches it, and "Review" opens the review mode once it is in (here nothing preloads it first).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import { buildAlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { preloadAlignmentDisplay } from '../../../../src/ui/viewer/alignment/lazy-alignment-layer.ts';
import { TalkViewer } from '../../../../src/ui/viewer/talk-viewer.tsx';
import { makeCaptions } from '../../../fixtures/make-captions.ts';
import { withSpeakers } from '../../../fixtures/speaker-captions.ts';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../../fixtures/sample-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 2 };

// The bar's code, as a page has it by the time an alignment arrives; review mode's stays unloaded here.
beforeAll(() => preloadAlignmentDisplay());
afterEach(() => cleanup());

it('opens review mode once its code has arrived', async () => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  const spoken = sampleTalk(
    SAMPLE_MARKDOWN.replace('The difference engine came first.', 'The difference engine came first. It was never finished in his own lifetime, sadly.'),
  );
  const talk = sampleTalk(SAMPLE_MARKDOWN);
  const view = buildAlignmentView(talk, alignTalk(talk, withSpeakers(makeCaptions(spoken, QUIET), spoken)), 'sample.vtt', null);
  expect(view.edits.length).toBeGreaterThan(0);
  render(<TalkViewer talk={view.talk} location={{ search: '', hash: '' }} alignment={{ status: 'aligned', captionFile: 'sample.vtt', view }} />);
  fireEvent.click(screen.getByRole('button', { name: /^Review \d+ findings?$/ }));
  // The panel comes with the chunk, not with the first render.
  expect(screen.queryByRole('button', { name: 'Download corrected transcript' })).toBeNull();
  expect(await screen.findByRole('button', { name: 'Download corrected transcript' }, { timeout: 10_000 })).toBeTruthy();
  expect(document.querySelector('.review-restore')).not.toBeNull();
});
