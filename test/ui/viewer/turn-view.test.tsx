// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTalkViewModel } from '../../../src/ui/viewer/talk-view-model.ts';
import { TurnView, type TurnViewProps } from '../../../src/ui/viewer/transcript/turn-view.tsx';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

afterEach(cleanup);

const model = buildTalkViewModel(sampleTalk());

function renderTurn(index: number, overrides: Partial<TurnViewProps> = {}) {
  const onSeek = vi.fn();
  const turn = model.talk.turns[index]!;
  const props: TurnViewProps = {
    turn,
    sentences: model.sentencesOf(index),
    seekTime: model.seekTimes[index]!,
    speakerSlot: model.speakerSlots[index]!,
    href: `?t=${model.seekTimes[index]}`,
    isCurrent: false,
    spokenSentence: -1,
    onSeek,
    ...overrides,
  };
  const view = render(<TurnView {...props} />);
  return { ...view, onSeek, article: view.container.querySelector('article')! };
}

describe('TurnView', () => {
  it('shows speaker, time link and text, and carries data-start', () => {
    const { article } = renderTurn(1);
    expect(article.dataset.start).toBe('30');
    expect(article.getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('Charles', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: '0:30' }).getAttribute('href')).toBe('?t=30');
    expect(article.textContent).toContain('Thank you for having me.');
  });

  it('marks estimated times with ~ and seeks to the next whole second', () => {
    const { article } = renderTurn(4);
    expect(article.dataset.start).toBe('188');
    expect(article.querySelector('.turn-time')?.textContent).toBe('~3:07');
  });

  it('is current with aria-current="true" and emphasises the spoken sentence', () => {
    const { article } = renderTurn(0, { isCurrent: true, spokenSentence: 1 });
    expect(article.getAttribute('aria-current')).toBe('true');
    const spoken = article.querySelectorAll('.sentence.is-spoken');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.textContent).toBe('Today we talk about engines.');
  });

  it('does not emphasise the only sentence of a short turn', () => {
    const { article } = renderTurn(1, { isCurrent: true, spokenSentence: 0 });
    expect(article.querySelectorAll('.is-spoken')).toHaveLength(0);
  });

  it('renders every character of the text once', () => {
    const { article } = renderTurn(0);
    expect(article.querySelector('p')?.textContent).toBe(model.talk.turns[0]!.paragraphs[0]);
  });

  it('seeks on a click on its text, on its time link, and on Enter', () => {
    const { article, onSeek } = renderTurn(2);
    fireEvent.click(screen.getByText('So where was any doubt coming from?'));
    fireEvent.click(screen.getByRole('link', { name: '1:00' }));
    fireEvent.keyDown(article, { key: 'Enter' });
    expect(onSeek.mock.calls).toEqual([[2], [2], [2]]);
  });

  it('lets modified clicks on the time link open it normally', () => {
    const { onSeek } = renderTurn(2);
    const link = screen.getByRole('link', { name: '1:00' });
    let preventedByTurn: boolean | null = null;
    // Read what the turn did, then stop jsdom from trying to follow the link.
    const observe = (event: Event): void => {
      preventedByTurn = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', observe);
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    document.removeEventListener('click', observe);
    expect(onSeek).not.toHaveBeenCalled();
    expect(preventedByTurn).toBe(false);
  });

  it('does not seek when the click ends a text selection inside the turn', () => {
    const { article, onSeek } = renderTurn(0);
    const text = article.querySelector('.sentence')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 7);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.click(article.querySelector('p')!);
    expect(onSeek).not.toHaveBeenCalled();
    window.getSelection()!.removeAllRanges();
    fireEvent.click(article.querySelector('p')!);
    expect(onSeek).toHaveBeenCalledWith(0);
  });

  it('marks search matches by their offsets in the turn text, across paragraphs', () => {
    const talk = sampleTalk('**Ada:** One two. Three.\n\nFour five six.\n');
    const two = buildTalkViewModel(talk);
    const turn = talk.turns[0]!;
    expect(turn.paragraphs).toHaveLength(2);
    const start = turn.text.indexOf('five');
    const { container } = render(
      <TurnView
        turn={turn}
        sentences={two.sentencesOf(0)}
        seekTime={0}
        speakerSlot={0}
        href="?t=0"
        isCurrent={false}
        spokenSentence={-1}
        onSeek={() => {}}
        decoration={{ marks: [[0, 3], [start, start + 4]] }}
      />,
    );
    const article = container.querySelector('article')!;
    expect([...article.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['One', 'five']);
    expect([...article.querySelectorAll('p')].map((p) => p.textContent)).toEqual(turn.paragraphs);
  });

  it('copies a link to its moment without seeking', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { onSeek } = renderTurn(1);
    fireEvent.click(screen.getByRole('button', { name: /Copy link to this moment/ }));
    await screen.findByText('Link copied');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}?t=30`);
    expect(onSeek).not.toHaveBeenCalled();
  });
});
