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
import { sampleTalk } from '../sample-talk.ts';

const counts = vi.hoisted(() => ({ root: 0, turns: [] as number[] }));

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
vi.mock('../../../src/ui/viewer/turn-view.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/viewer/turn-view.tsx')>();
  const Counted = memo(function Counted(props: ComponentProps<typeof actual.TurnView>) {
    counts.turns.push(props.turn.index);
    return <actual.TurnView {...props} />;
  });
  return { ...actual, TurnView: Counted };
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
});
