// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../src/search/types.ts';
import { LoadErrorPanel } from '../../../src/ui/pages/load-error-panel.tsx';
import { OpenErrorPanel } from '../../../src/ui/pages/open-error-panel.tsx';
import { VideoIdPrompt } from '../../../src/ui/pages/video-id-prompt.tsx';
import { transcriptText } from '../../../src/ui/tools/transcript-text.ts';
import { BackToNow, directionOf, inView } from '../../../src/ui/viewer/transcript/back-to-now.tsx';
import { nearestMark, stripMarks } from '../../../src/ui/viewer/search/hit-strip.tsx';
import { SearchResultList } from '../../../src/ui/viewer/search/search-result-list.tsx';
import { TalkHeader } from '../../../src/ui/viewer/talk-header.tsx';
import { buildTalkViewModel } from '../../../src/ui/viewer/talk-view-model.ts';
import { TurnView } from '../../../src/ui/viewer/transcript/turn-view.tsx';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

afterEach(cleanup);

const talk = sampleTalk();
const diagnostics = [{ severity: 'warning' as const, line: 12, message: 'a stamp is out of order' }];

describe('TalkHeader', () => {
  it('keeps the notes on the file for authors: hidden by default, folded for an opened file, open on ?notes', () => {
    render(<TalkHeader talk={talk} fileName="sample.md" diagnostics={diagnostics} />);
    expect(screen.queryByText(/notes? on this transcript/)).toBeNull();
    cleanup();
    const { container } = render(<TalkHeader talk={talk} fileName="sample.md" diagnostics={diagnostics} notes="folded" />);
    expect(screen.getByText('1 note on this transcript')).toBeTruthy();
    expect(container.querySelector<HTMLDetailsElement>('details.talk-notes')!.open).toBe(false);
    cleanup();
    const opened = render(<TalkHeader talk={talk} fileName="sample.md" diagnostics={diagnostics} notes="open" />);
    expect(opened.container.querySelector<HTMLDetailsElement>('details.talk-notes')!.open).toBe(true);
    expect(screen.getByText('sample.md:12')).toBeTruthy();
  });

  it('folds a long preface with "More", and shows a short one whole', () => {
    render(<TalkHeader talk={talk} fileName="sample.md" diagnostics={[]} />);
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
    cleanup();
    const long = { ...talk, description: `${'A long preface. '.repeat(30)}\n\nA second paragraph.` };
    const { container } = render(<TalkHeader talk={long} fileName="sample.md" diagnostics={[]} />);
    const more = screen.getByRole('button', { name: 'More' });
    expect(container.querySelector('.talk-description')?.getAttribute('data-folded')).toBe('true');
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('.talk-description')?.hasAttribute('data-folded')).toBe(false);
  });
});

describe('no speaker, no label', () => {
  const unlabelled = { ...talk, turns: talk.turns.map((turn) => ({ ...turn, speaker: null })) };

  it('draws a turn without a speaker with its time only', () => {
    const model = buildTalkViewModel(unlabelled);
    const { container } = render(
      <TurnView
        turn={model.talk.turns[0]!}
        sentences={model.sentencesOf(0)}
        seekTime={0}
        speakerSlot={-1}
        href="?t=0"
        isCurrent={false}
        spokenSentence={-1}
        onSeek={() => {}}
      />,
    );
    expect(container.textContent).not.toMatch(/unlabel/i);
    expect(container.querySelector('.turn-speaker')?.textContent).toBe('0:00');
  });

  it('lists a result without a speaker with its time only', () => {
    const hit: SearchHit = { turnIndex: 0, time: 0, speaker: null, score: 0, ranges: [[0, 7]], best: [0, 7] };
    const { container } = render(<SearchResultList id="r" talk={unlabelled} hits={[hit]} first={0} activeTurn={null} onPick={() => {}} />);
    expect(container.textContent).not.toMatch(/unlabel/i);
    expect(container.querySelector('.search-result-speaker')).toBeNull();
  });
});

describe('hit strip', () => {
  it('places a mark per hit by time, one per bucket, each going to its earliest hit', () => {
    const marks = stripMarks(Float64Array.of(50, 10, 10.01, 90), 2, 100);
    expect(marks.map((mark) => Math.round(mark.left))).toEqual([10, 50, 90]);
    // The two hits at 10 s share a mark, which goes to the earlier one and shows the active one.
    expect(marks[0]).toMatchObject({ position: 1, active: true });
    expect(nearestMark(marks, 47)?.position).toBe(0);
    expect(nearestMark(marks, 85)?.position).toBe(3);
  });

  it('stretches to a hit past the stated duration rather than drawing it off the strip', () => {
    const marks = stripMarks(Float64Array.of(150), -1, 100);
    expect(marks[0]!.left).toBeLessThanOrEqual(100);
  });
});

describe('Back to now', () => {
  it('points up when the current turn is above the visible part, down otherwise', () => {
    expect(directionOf({ top: 100 }, 250)).toBe('up');
    expect(directionOf({ top: 300 }, 250)).toBe('down');
    expect(directionOf(null, 0)).toBe('down');
    const element = document.createElement('article');
    element.getBoundingClientRect = () => ({ top: -500, bottom: -300 }) as DOMRect;
    render(<BackToNow onClick={() => {}} getTurnElement={() => element} turnKey={1} />);
    expect(screen.getByRole('button', { name: /Back to now/ }).textContent).toContain('↑');
  });

  it('stays away while the spoken line is in view, a line of it at least', () => {
    // The visible part: 200 (below the sticky player) to 800.
    expect(inView({ top: 300, bottom: 400 }, 200, 800)).toBe(true);
    expect(inView({ top: 780, bottom: 900 }, 200, 800)).toBe(false);
    expect(inView({ top: 770, bottom: 900 }, 200, 800)).toBe(true);
    expect(inView({ top: 100, bottom: 190 }, 200, 800)).toBe(false);
    expect(inView({ top: 790, bottom: 800 }, 200, 800)).toBe(true);
    expect(inView(null, 200, 800)).toBe(false);
    const element = document.createElement('article');
    element.getBoundingClientRect = () => ({ top: 100, bottom: 300, height: 200 }) as DOMRect;
    render(<BackToNow onClick={() => {}} getTurnElement={() => element} turnKey={1} />);
    expect(screen.queryByRole('button', { name: /Back to now/ })).toBeNull();
  });
});

describe('copying the transcript as text', () => {
  it('writes chapters and turns, with the speaker, and the time when asked', () => {
    const plain = transcriptText(talk, false);
    expect(plain).toContain('## Opening\n\nAda: Welcome to the show.');
    expect(plain).not.toMatch(/\[\d+:\d{2}\]/);
    const timed = transcriptText(talk, true);
    expect(timed).toContain('[0:30] Charles: Thank you for having me.');
    const anonymous = transcriptText({ ...talk, turns: talk.turns.map((turn) => ({ ...turn, speaker: null })) }, true);
    expect(anonymous).toContain('[0:30] Thank you for having me.');
  });
});

describe('the video id question and the error panels', () => {
  it('is a question, not an error, and can be cancelled', () => {
    const onCancel = vi.fn();
    const { container } = render(<VideoIdPrompt fileName="talk.vtt" title="talk" onVideoId={() => {}} onSkip={() => {}} onCancel={onCancel} />);
    expect(container.querySelector('.load-error')).toBeNull();
    expect(container.querySelector('.question-panel')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('say "a problem that stops it" and "problems that stop it"', () => {
    const error = { severity: 'error' as const, line: 1, message: 'no turns found' };
    render(<LoadErrorPanel fileName="talk.md" diagnostics={[error]} />);
    expect(screen.getByRole('alert').textContent).toContain('has a problem that stops it from showing');
    cleanup();
    render(<OpenErrorPanel fileName="talk.md" diagnostics={[error, error]} home={null} />);
    expect(screen.getByRole('alert').textContent).toContain('has problems that stop it from showing');
  });
});
