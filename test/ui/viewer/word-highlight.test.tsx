// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerAdapter, createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { TalkViewer } from '../../../src/ui/viewer/talk-viewer.tsx';
import { buildTalkViewModel } from '../../../src/ui/viewer/talk-view-model.ts';
import { TurnView } from '../../../src/ui/viewer/transcript/turn-view.tsx';
import { locate } from '../../../src/ui/viewer/playback/playback-store.ts';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

const AUTO_CAPTIONS = 'Gardening Basics [gArDeN1ng01].en.vtt';
// A path, not a URL: under jsdom, `URL` is the window's, which Node's fs does not take.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/library');
const captions = readTalk(readFileSync(join(FIXTURES, AUTO_CAPTIONS), 'utf8'), AUTO_CAPTIONS).talk!;

let adapter: PlayerAdapter;
beforeEach(() => {
  adapter = createPlayerAdapter();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(cleanup);

const spokenWords = () => [...document.querySelectorAll('.word.is-spoken')].map((node) => node.textContent);
const moveTo = (seconds: number) => act(() => adapter.seekTo(seconds));

describe('word-level highlight', () => {
  it('finds the spoken word where words carry times, and none elsewhere', () => {
    const model = buildTalkViewModel(captions);
    expect(locate(model, 6.3)).toEqual({ turn: 0, sentence: 0, word: 12 });
    expect(captions.turns[0]!.words![12]!.text).toBe('compost');
    expect(locate(model, 13.0).word).toBe(4);
    const plain = buildTalkViewModel(sampleTalk());
    expect(plain.talk.turns.every((turn) => plain.wordStartsOf(turn.index) === null)).toBe(true);
    expect(locate(plain, 70).word).toBe(-1);
  });

  it('marks the spoken word instead of the sentence, and moves it with the time', () => {
    render(<TalkViewer talk={captions} adapter={adapter} location={{ search: '', hash: '' }} />);
    moveTo(6.3);
    expect(spokenWords()).toEqual(['compost']);
    expect(document.querySelectorAll('.sentence.is-spoken')).toHaveLength(0);
    moveTo(14.3);
    expect(spokenWords()).toEqual(['every']);
    // Every word is still there, once, in order.
    expect(document.querySelector('.turn[aria-current="true"] p')?.textContent).toBe('then we plant the seedlings water them every morning');
  });

  it('touches only the current turn when the word moves', () => {
    render(<TalkViewer talk={captions} adapter={adapter} location={{ search: '', hash: '' }} />);
    moveTo(0.5);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.querySelector('.transcript')!, { subtree: true, childList: true, characterData: true, attributes: true });
    for (const seconds of [1.2, 3.3, 6.3, 7.1]) moveTo(seconds);
    const touched = new Set(
      observer.takeRecords().map((record) => {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        return node?.closest('.turn')?.getAttribute('data-index') ?? 'outside';
      }),
    );
    observer.disconnect();
    expect(spokenWords()).toEqual(['the']);
    expect([...touched]).toEqual(['0']);
  });

  it('keeps search marks inside and around the spoken word', () => {
    const model = buildTalkViewModel(captions);
    const turn = captions.turns[0]!;
    const at = turn.text.indexOf('compost feeds');
    const { container } = render(
      <TurnView
        turn={turn}
        sentences={model.sentencesOf(0)}
        seekTime={0}
        speakerSlot={-1}
        href="?t=0"
        isCurrent
        spokenSentence={0}
        spokenWord={12}
        onSeek={() => undefined}
        decoration={{ marks: [[at + 3, at + 13]] }}
      />,
    );
    expect(container.querySelector('.word.is-spoken')?.textContent).toBe('compost');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['post', ' feeds']);
    expect(container.querySelector('p')?.textContent).toBe(turn.text);
  });
});
