// @vitest-environment jsdom
/**
 * Playback position as a store: a tick that moves the spoken sentence or word renders the one turn it
 * concerns, a turn change the two turns involved, and the viewer's root never.
 */
import { act, cleanup, render } from '@testing-library/react';
import { type ComponentProps, memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../fixtures/sample-talk.ts';

const counts = vi.hoisted(() => ({ root: 0, turns: [] as number[], paragraphs: [] as string[] }));

// The root calls useKeyboardShortcuts once per render: counting calls counts the root's renders.
vi.mock('../../../src/ui/viewer/use-keyboard-shortcuts.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/viewer/use-keyboard-shortcuts.ts')>();
  return {
    ...actual,
    useKeyboardShortcuts: (actions: Parameters<typeof actual.useKeyboardShortcuts>[0]) => {
      counts.root += 1;
      actual.useKeyboardShortcuts(actions);
    },
  };
});

// Every render of a turn, by index (memoised like the real one, so a skipped render is not counted).
vi.mock('../../../src/ui/viewer/transcript/turn-view.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/viewer/transcript/turn-view.tsx')>();
  const Counted = memo(function Counted(props: ComponentProps<typeof actual.TurnView>) {
    counts.turns.push(props.turn.index);
    return <actual.TurnView {...props} />;
  });
  return { ...actual, TurnView: Counted };
});

// Every render of a paragraph of a hot turn, as `turn:paragraph` (memoised like the real one).
vi.mock('../../../src/ui/viewer/transcript/turn-paragraph.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/viewer/transcript/turn-paragraph.tsx')>();
  const Counted = memo(function Counted(props: ComponentProps<typeof actual.TurnParagraph>) {
    counts.paragraphs.push(`${props.turn.index}:${props.index}`);
    return <actual.TurnParagraph {...props} />;
  });
  return { ...actual, TurnParagraph: Counted };
});

// Word times on the first turn, so a word change can be told from a sentence change.
const talk = sampleTalk();
const first = talk.turns[0]!;
const words = first.text.split(/\s+/).map((text, i) => ({ text, start: i * 2, end: i * 2 + 2 }));
const timedTalk = { ...talk, turns: [{ ...first, words }, ...talk.turns.slice(1)] };

let adapter: PlayerAdapter;
beforeEach(() => {
  adapter = createPlayerAdapter();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(cleanup);

const moveTo = (seconds: number) => act(() => adapter.seekTo(seconds));
const spokenWord = () => document.querySelector('.word.is-spoken')?.textContent;

describe('playback position as a store', () => {
  it('renders only the turn a word change concerns, and never the root', () => {
    render(<TalkViewer talk={timedTalk} adapter={adapter} location={{ search: '', hash: '' }} />);
    moveTo(0.5);
    expect(spokenWord()).toBe('Welcome');
    const rootBefore = counts.root;
    counts.turns = [];

    moveTo(2.5); // the second word of the same turn
    expect(spokenWord()).toBe('to');
    moveTo(16.5); // a later sentence of the same turn
    expect(spokenWord()).toBe('engines.');
    expect(counts.turns).toEqual([0, 0]);

    counts.turns = [];
    moveTo(31); // the next turn
    expect(document.querySelector('.turn[aria-current="true"]')?.getAttribute('data-index')).toBe('1');
    expect([...counts.turns].sort()).toEqual([0, 1]);

    moveTo(125); // another chapter: the transcript's hot window moves, the root still does not render
    expect(document.querySelector('.turn[aria-current="true"]')?.getAttribute('data-index')).toBe('3');
    expect(document.querySelector('.now-chapter')?.textContent).toBe('Chapter 2/2 Engines');
    expect(counts.root).toBe(rootBefore);
  });

  it('renders only the paragraphs a new sentence or word leaves and enters', () => {
    // One answer of three paragraphs, two sentences each, the words of the first turn timed.
    const answer = sampleTalk(
      SAMPLE_MARKDOWN.replace(
        '**Ada:** Welcome to the show. Today we talk about engines. It will be fun.',
        '**Ada:** First one here. Second one here.\n\nThird one here. Fourth one here.\n\nFifth one here. Sixth one here.',
      ),
    );
    const long = answer.turns[0]!;
    expect(long.paragraphs).toHaveLength(3);
    const longWords = long.text.split(/\s+/).map((text, i) => ({ text, start: i * 2, end: i * 2 + 2 }));
    const withWords = { ...answer, turns: [{ ...long, words: longWords }, ...answer.turns.slice(1)] };
    for (const [talkUnderTest, label] of [
      [answer, 'sentences'],
      [withWords, 'words'],
    ] as const) {
      adapter = createPlayerAdapter();
      render(<TalkViewer talk={talkUnderTest} adapter={adapter} location={{ search: '', hash: '' }} />);
      // Sentences are spread over the turn's 30 s by their words (3 of 18 each): 0, 5, 10, 15, 20, 25 s.
      moveTo(0.5);
      counts.paragraphs = [];
      moveTo(6); // the second sentence (or another word) of the first paragraph
      expect(counts.paragraphs, label).toEqual(['0:0']);
      counts.paragraphs = [];
      moveTo(12.5); // the second paragraph (its first sentence; its first word, at 2 s a word)
      expect([...counts.paragraphs].sort(), label).toEqual(['0:0', '0:1']);
      expect(document.querySelector('.turn[aria-current="true"] p:nth-of-type(2) .is-spoken')?.textContent, label).toMatch(/^Third( one here\.)?$/);
      counts.paragraphs = [];
      moveTo(31); // the next turn, of one sentence: nothing in it to emphasise, so only the paragraph left
      expect(document.querySelector('.turn[aria-current="true"]')?.getAttribute('data-index'), label).toBe('1');
      expect(counts.paragraphs, label).toEqual(['0:1']);
      cleanup();
    }
  });
});
