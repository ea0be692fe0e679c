import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/search/snippet.ts';
import type { TextRange } from '../../src/search/types.ts';

const marked = (text: string, ranges: TextRange[]): string[] => ranges.map(([s, e]) => text.slice(s, e));

describe('makeSnippet', () => {
  it('keeps a short text whole, with its marks', () => {
    const snippet = makeSnippet('A cost function.', [[2, 15]], [2, 15]);
    expect(snippet.text).toBe('A cost function.');
    expect(marked(snippet.text, snippet.ranges)).toEqual(['cost function']);
  });

  it('cuts around the best match at word boundaries, with ellipses, and moves the marks', () => {
    const text = `${'alpha '.repeat(30)}the cost function here ${'omega '.repeat(30)}`;
    const start = text.indexOf('cost function');
    const best: TextRange = [start, start + 'cost function'.length];
    const far: TextRange = [0, 5];
    const snippet = makeSnippet(text, [far, best], best, 20);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toMatch(/^…alpha alpha/);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['cost function']);
  });

  it('writes paragraph breaks as spaces and cuts a mark that runs past the excerpt', () => {
    const text = `Cost.\n\nFunction ${'word '.repeat(40)}`;
    const snippet = makeSnippet(text, [[0, text.length]], [0, 4], 20);
    expect(snippet.text).toBe('Cost.  Function word…');
    expect(snippet.ranges).toEqual([[0, 'Cost.  Function word'.length]]);
  });
});
