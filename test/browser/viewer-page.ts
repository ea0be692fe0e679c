/**
 * Opening the built viewer in Chromium with the fake YouTube API, and reading its state: shared by
 * the browser tests and the viewer benchmark.
 */
import { type Browser, type BrowserContext, type Page, type Response, chromium } from 'playwright-core';
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
  /** 2 renders as at 200 % zoom: with a viewport half as wide, it is what a 200 % zoomed window shows. */
  deviceScaleFactor?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Wait for the fake player to be ready (only in 'working' mode, and not when it is held back). */
  waitForPlayer?: boolean;
  /** How the fake player behaves: held before ready, autoplay refused. */
  player?: FakePlayerOptions;
  colorScheme?: 'light' | 'dark';
  /** The browser's language (`navigator.languages`, `Accept-Language`): `en-US` unless given. */
  locale?: string;
  /** Let the page hand files over as downloads (export). */
  acceptDownloads?: boolean;
  /** Off: the page as a reader with scripts disabled gets it (nothing of the app runs). */
  javaScriptEnabled?: boolean;
  /** Runs before the page is loaded, e.g. to route some of its requests (routes added later win). */
  prepare?: (page: Page) => Promise<void>;
  /**
   * When opening returns: on the load event (default), or sooner, for a page whose requests are held
   * ('commit' when its script is: the document is then still being parsed).
   */
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  youtube: FakeYouTube;
  /** The answer to the page's address (its status, its headers), or null when there was none. */
  response: Response | null;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  /** Every request the page made (any frame), as full URLs, in order. */
  requests: string[];
  /** Messages of every alert, confirm or prompt the page opened (each dismissed). */
  dialogs: string[];
  /** Script addresses of the Web Workers the page started. */
  workers: string[];
  close(): Promise<void>;
}

/** The viewer, opened with its transcript shown. */
export type OpenViewer = OpenPage;

declare global {
  interface Window {
    /** Content-Security-Policy violations seen by the page: `directive blocked-uri`. */
    __cspViolations?: string[];
  }
}

/**
 * Opens a page of the built app in a fresh context with the fake YouTube API, recording errors,
 * requests, dialogs and Content-Security-Policy violations; does not wait for anything on the page.
 */
export async function openPage(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<OpenPage> {
  const mode = options.mode ?? 'working';
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    acceptDownloads: options.acceptDownloads ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    window.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_|Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
  const youtube = new FakeYouTube(page, mode, options.player);
  await youtube.install(new URL(baseUrl).origin);
  await options.prepare?.(page);
  const response = await page.goto(new URL(options.path ?? '', baseUrl).toString(), { waitUntil: options.waitUntil ?? 'load' });
  return {
    context,
    page,
    youtube,
    response,
    errors,
    requests,
    dialogs,
    workers,
    close: async () => {
      youtube.release();
      await context.close();
    },
  };
}

/** Opens the viewer in a fresh context and waits for the transcript (and, normally, the player). */
export async function openViewer(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<OpenViewer> {
  const opened = await openPage(browser, baseUrl, options);
  await opened.page.waitForSelector('.turn[data-start]');
  // A pre-rendered page shows its turns before the app has taken them over: wait until it answers.
  await opened.page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
  const mode = options.mode ?? 'working';
  if (mode === 'working' && options.waitForPlayer !== false && options.player?.holdReady !== true) await opened.youtube.ready();
  return opened;
}

/** Content-Security-Policy violations the page has seen so far (main frame). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['(no violation listener)']);
}

/**
 * Turns in the transcript, drawn as turns or held as plain text in a far chunk (`data-first`..`data-last`):
 * the whole talk is in the page either way.
 */
export async function turnsInPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = document.querySelectorAll('#transcript .turn').length;
    for (const chunk of document.querySelectorAll<HTMLElement>('#transcript .turn-chunk-flat')) {
      count += Number(chunk.dataset.last) - Number(chunk.dataset.first) + 1;
    }
    return count;
  });
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

/** Waits `count` of the page's frames; sampling by frames, not milliseconds, keeps pace with the page on a busy machine. */
export async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = (): void => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/**
 * Waits until nothing on the page scrolls: the window and every scrolled element (the chapter list, a
 * results list) stay where they are for a dozen frames running, which a glide under way never does.
 * Returns the window's scrollY then.
 */
export async function scrollSettled(page: Page, timeout = 15_000): Promise<number> {
  const place = (): Promise<string> =>
    page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const scrolled = [...document.querySelectorAll<HTMLElement>('nav, ol, ul, [role="listbox"], .search-results')].map((element) => element.scrollTop);
      return JSON.stringify([window.scrollX, window.scrollY, ...scrolled]);
    });
  let last = await place();
  let still = 0;
  const deadline = Date.now() + timeout;
  while (still < 12) {
    const now = await place();
    still = now === last ? still + 1 : 0;
    last = now;
    if (Date.now() > deadline) throw new Error(`the page was still scrolling after ${timeout} ms`);
  }
  return (JSON.parse(last) as number[])[1]!;
}
