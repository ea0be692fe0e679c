// @vitest-environment jsdom
/**
 * Playback position as a store: a tick that moves the spoken sentence or word renders the one turn it
 * concerns, a turn change the two turns involved, and the viewer's root never. And a turn's decorations
 * (search marks, inserts, a quote) render it again only when they change.
 */
import { act, cleanup, render } from '@testing-library/react';
import { type ComponentProps, memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import type { TextRange } from '../../../src/search/types.ts';
import type { TurnInsert } from '../../../src/ui/viewer/alignment/turn-inserts.tsx';
import { createPlaybackStore } from '../../../src/ui/viewer/playback/playback-store.ts';
import { buildTalkViewModel } from '../../../src/ui/viewer/talk-view-model.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { TranscriptView } from '../../../src/ui/viewer/transcript/transcript-view.tsx';
import { decorateTurns, decorationOf } from '../../../src/ui/viewer/transcript/turn-decorations.ts';
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

  it('renders again only the turns whose decoration changed, whichever of marks, inserts or quote changed', () => {
    const model = buildTalkViewModel(talk);
    const store = createPlaybackStore(adapter, model);
    type Ranges = ReadonlyMap<number, readonly TextRange[]>;
    const quote: Ranges = new Map([[3, [[0, 4]]]]);
    const onSeek = (): void => undefined;
    const view = (marks: Ranges, inserts?: ReadonlyMap<number, readonly TurnInsert[]>) => (
      <TranscriptView model={model} store={store} search="" onSeek={onSeek} decorations={decorateTurns(marks, inserts, quote)} />
    );
    const turn0: readonly TextRange[] = [[0, 7]];
    const marksOn = (...turns: Array<[number, readonly TextRange[]]>): Ranges => new Map(turns);
    const { rerender } = render(view(marksOn([0, turn0], [1, [[0, 5]]])));
    expect(document.querySelectorAll('mark.search-mark')).toHaveLength(2);
    expect(document.querySelectorAll('mark[data-quote]')).toHaveLength(1);
    counts.turns = [];

    // A search keeps an unchanged turn's array (see `marksOf`): turn 0's decoration is the same object.
    const turn1: readonly TextRange[] = [[2, 6]];
    rerender(view(marksOn([0, turn0], [1, turn1])));
    expect(counts.turns).toEqual([1]);
    counts.turns = [];

    // Turn 0's marks go, and inserts come to turn 4: those two, and not the quoted turn 3.
    const insert: TurnInsert = { paragraph: 0, offset: 0, key: 'check', node: <b className="inserted">!</b> };
    const inserts = new Map([[4, [insert]]]);
    rerender(view(marksOn([1, turn1]), inserts));
    expect([...counts.turns].sort()).toEqual([0, 4]);
    expect(document.querySelector('.turn[data-index="4"] .inserted')).not.toBeNull();
    counts.turns = [];

    // New maps of the same parts make the same decorations: nothing renders.
    rerender(view(marksOn([1, turn1]), new Map(inserts)));
    expect(counts.turns).toEqual([]);
    expect(decorationOf(turn1, undefined, undefined)).toBe(decorationOf(turn1, undefined, undefined));
  });
});
