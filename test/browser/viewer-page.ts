/**
 * Opening the built viewer in Chromium with the fake YouTube API, and reading its state: shared by
 * the browser tests and the viewer benchmark.
 */
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS } from './find-chromium.ts';
import { type FakePlayerOptions, FakeYouTube, type YouTubeMode } from './fake-youtube.ts';

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenOptions {
  /** Path and query after the base address, e.g. `?t=2015`. */
  path?: string;
  mode?: YouTubeMode;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Wait for the fake player to be ready (only in 'working' mode, and not when it is held back). */
  waitForPlayer?: boolean;
  /** How the fake player behaves: held before ready, autoplay refused. */
  player?: FakePlayerOptions;
  colorScheme?: 'light' | 'dark';
}

export interface OpenViewer {
  context: BrowserContext;
  page: Page;
  youtube: FakeYouTube;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens the viewer in a fresh context and waits for the transcript. */
export async function openViewer(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<OpenViewer> {
  const mode = options.mode ?? 'working';
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_|Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  const youtube = new FakeYouTube(page, mode, options.player);
  await youtube.install(new URL(baseUrl).origin);
  await page.goto(new URL(options.path ?? '', baseUrl).toString());
  await page.waitForSelector('.turn[data-start]');
  if (mode === 'working' && options.waitForPlayer !== false && options.player?.holdReady !== true) await youtube.ready();
  return {
    context,
    page,
    youtube,
    errors,
    close: async () => {
      youtube.release();
      await context.close();
    },
  };
}

/** `data-start` of the turn marked `aria-current="true"`, or null when none is. */
export async function currentTurnStart(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const turn = document.querySelector('.turn[aria-current="true"]');
    return turn === null ? null : Number(turn.getAttribute('data-start'));
  });
}

/** Whether the turn with this `data-start` is at least partly inside the window, below any sticky player. */
export async function turnOnScreen(page: Page, start: number): Promise<boolean> {
  return page.evaluate((value) => {
    const turn = document.querySelector(`.turn[data-start="${value}"]`);
    if (turn === null) return false;
    const box = turn.getBoundingClientRect();
    const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    return box.bottom > top && box.top < window.innerHeight;
  }, start);
}

/**
 * `expect.poll` with room for a page that is busy (two shared cores, smooth scrolling): the
 * condition is still checked every few milliseconds, the wait only ends sooner when it holds.
 */
export function poll<T>(read: () => Promise<T> | T, timeout = 5_000) {
  return expect.poll(read, { timeout, interval: 25 });
}
