// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlightText, paragraphOffsets, rangesInSlice } from '../../../../src/ui/viewer/search/highlight-text.tsx';

const html = (nodes: ReturnType<typeof highlightText>): string => render(<p>{nodes}</p>).container.querySelector('p')!.innerHTML;

describe('highlightText', () => {
  it('wraps each range in <mark> and keeps every other character', () => {
    expect(html(highlightText('a cost function here', [[2, 15]]))).toBe('a <mark>cost function</mark> here');
    expect(html(highlightText('neural nets and neural networks', [[0, 6], [16, 22]]))).toBe('<mark>neural</mark> nets and <mark>neural</mark> networks');
  });

  it('shows markup in the text as text, never as HTML', () => {
    const nodes = highlightText('<b>bold</b> & more', [[3, 7]]);
    expect(html(nodes)).toBe('&lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; more');
  });

  it('copes with unsorted, overlapping and out-of-bounds ranges without losing text', () => {
    const text = 'abcdefghij';
    const { container } = render(<p>{highlightText(text, [[8, 99], [2, 5], [4, 6], [-3, 1]])}</p>);
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['a', 'cde', 'f', 'ij']);
  });

  it('passes props to every mark and returns the text alone without ranges', () => {
    const { container } = render(<p>{highlightText('one two', [[4, 7]], { className: 'hit' })}</p>);
    expect(container.querySelector('mark.hit')?.textContent).toBe('two');
    expect(highlightText('plain', [])).toEqual(['plain']);
    expect(highlightText('', [])).toEqual(['']);
  });
});

describe('rangesInSlice and paragraphOffsets', () => {
  it('moves the ranges of a turn into one paragraph', () => {
    const paragraphs = ['First part.', 'Second cost function.'];
    const text = paragraphs.join('\n\n');
    const start = text.indexOf('cost');
    const [, second] = paragraphOffsets(paragraphs);
    expect(second).toBe(13);
    const inside = rangesInSlice([[start, start + 13], [0, 5]], second!, text.length);
    expect(inside).toEqual([[7, 20]]);
    expect(paragraphs[1]!.slice(7, 20)).toBe('cost function');
  });

  it('cuts a range that crosses the slice edge', () => {
    expect(rangesInSlice([[3, 12]], 5, 10)).toEqual([[0, 5]]);
    expect(rangesInSlice([[3, 4]], 5, 10)).toEqual([]);
  });
});
