// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Loader = typeof import('../../src/player/load-iframe-api.ts');
type YouTubeWindow = Window & { YT?: { Player?: unknown }; onYouTubeIframeAPIReady?: () => void };

let loader: Loader;
const win = window as YouTubeWindow;
const apiScripts = () => [...document.querySelectorAll('script')].filter((script) => script.src.includes('iframe_api'));

beforeEach(async () => {
  // The loader remembers a load in progress for the page: each test gets a fresh page state.
  vi.resetModules();
  loader = await import('../../src/player/load-iframe-api.ts');
  delete win.YT;
  delete win.onYouTubeIframeAPIReady;
  for (const script of apiScripts()) script.remove();
});

afterEach(() => {
  delete win.YT;
  delete win.onYouTubeIframeAPIReady;
});

/** What the real API does once loaded: define YT.Player, then call the global ready handler. */
function apiArrives(): void {
  win.YT = { Player: function Player() {} };
  win.onYouTubeIframeAPIReady?.();
}

describe('loadIframeApi', () => {
  it('adds one https script however many players wait, and resolves them all when the API is ready', async () => {
    const first = loader.loadIframeApi();
    const second = loader.loadIframeApi();
    expect(apiScripts().map((script) => script.src)).toEqual(['https://www.youtube.com/iframe_api']);
    expect(loader.iframeApiPresent()).toBe(false);
    apiArrives();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    expect(loader.iframeApiPresent()).toBe(true);
    // Once present, nothing more is loaded.
    await loader.loadIframeApi();
    expect(apiScripts()).toHaveLength(1);
  });

  it('keeps calling a ready handler someone else set', async () => {
    const theirs = vi.fn();
    win.onYouTubeIframeAPIReady = theirs;
    const loaded = loader.loadIframeApi();
    apiArrives();
    await loaded;
    expect(theirs).toHaveBeenCalledTimes(1);
  });

  it('rejects every waiting player when the script fails, and tries again on the next call', async () => {
    const first = loader.loadIframeApi();
    const second = loader.loadIframeApi();
    apiScripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow('Failed to load https://www.youtube.com/iframe_api');
    await expect(second).rejects.toThrow();
    expect(apiScripts()).toHaveLength(0);
    const retry = loader.loadIframeApi();
    expect(apiScripts()).toHaveLength(1);
    apiArrives();
    await expect(retry).resolves.toBeUndefined();
  });
});
