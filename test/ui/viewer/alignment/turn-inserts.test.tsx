// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sliceWithInserts, type TurnInsert } from '../../../../src/ui/viewer/alignment/turn-inserts.tsx';

afterEach(cleanup);

const text = 'One two. Three four.';
const insert = (offset: number, key: string): TurnInsert => ({ paragraph: 0, offset, key, node: <b>[{key}]</b> });

function draw(slices: Array<[number, number]>, inserts: TurnInsert[]): string {
  const { container } = render(
    <p>
      {slices.map(([from, to], k) => (
        <span key={k}>{sliceWithInserts(text, 0, from, to, inserts, (piece) => piece)}</span>
      ))}
    </p>,
  );
  return container.textContent ?? '';
}

describe('sliceWithInserts', () => {
  it('draws every character once and every insert once, at its offset, across slices', () => {
    const inserts = [insert(9, 'a'), insert(0, 'start'), insert(text.length, 'end'), insert(4, 'mid')];
    expect(draw([[0, 9], [9, text.length]], inserts)).toBe('[start]One [mid]two. [a]Three four.[end]');
    expect(draw([[0, text.length]], inserts)).toBe('[start]One [mid]two. [a]Three four.[end]');
  });

  it('leaves text alone without inserts, and ignores inserts of other paragraphs', () => {
    expect(sliceWithInserts(text, 0, 0, 8, undefined, (piece) => piece)).toEqual(['One two.']);
    expect(draw([[0, text.length]], [{ ...insert(3, 'x'), paragraph: 1 }])).toBe(text);
  });
});
