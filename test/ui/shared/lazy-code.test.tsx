// @vitest-environment jsdom
// Code fetched when first wanted: not before, once however many ask, and again after a failed fetch.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LazyCode, lazyCode, useLazyCode } from '../../../src/ui/shared/lazy-code.ts';

afterEach(cleanup);

function Probe({ code, wanted, name }: { code: LazyCode<{ word: string }>; wanted: boolean; name: string }) {
  const { code: loaded, error } = useLazyCode(code, wanted);
  return <p data-testid={name}>{loaded?.word ?? (error === null ? 'waiting' : `failed: ${error}`)}</p>;
}

describe('lazyCode and useLazyCode', () => {
  it('fetches nothing until wanted, then once for every component that wants it', async () => {
    const load = vi.fn(async () => ({ word: 'here' }));
    const code = lazyCode(load);
    const { rerender } = render(
      <>
        <Probe code={code} wanted={false} name="a" />
        <Probe code={code} wanted={false} name="b" />
      </>,
    );
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByTestId('a').textContent).toBe('waiting');

    rerender(
      <>
        <Probe code={code} wanted name="a" />
        <Probe code={code} wanted name="b" />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('here'));
    expect(screen.getByTestId('a').textContent).toBe('here');
    expect(load).toHaveBeenCalledTimes(1);
    expect(code.loaded()).toEqual({ word: 'here' });
  });

  it('gives code fetched before (a preload) on the first render, without waiting', async () => {
    const code = lazyCode(async () => ({ word: 'ready' }));
    await code.preload();
    render(<Probe code={code} wanted={false} name="a" />);
    expect(screen.getByTestId('a').textContent).toBe('ready');
  });

  it('says why a fetch failed, and fetches again when wanted again', async () => {
    let attempts = 0;
    const code = lazyCode(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { word: 'second time' };
    });
    const { rerender } = render(<Probe code={code} wanted name="a" />);
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('failed: offline'));
    rerender(<Probe code={code} wanted={false} name="a" />);
    rerender(<Probe code={code} wanted name="a" />);
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('second time'));
    expect(attempts).toBe(2);
  });
});
