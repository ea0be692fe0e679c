/**
 * Serves the fake YouTube IFrame API to a page and drives it from the test.
 *
 * Every request that leaves the preview server is blocked (and recorded), except the IFrame API
 * script and the player frame, which are answered locally; YouTube itself is never contacted.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';

/** How the IFrame API behaves: works, is unreachable (offline, blocked), or never answers. */
export type YouTubeMode = 'working' | 'offline' | 'hanging';

/** How the fake player behaves once the API has loaded ('working' mode). */
export interface FakePlayerOptions {
  /** Players do not fire onReady until `releaseReady()` (never, if it is not called). */
  holdReady?: boolean;
  /** The browser refuses the page's requests to play, as autoplay rules do; `play()` (the viewer's press) works. */
  autoplayBlocked?: boolean;
}

const FAKE_API = readFileSync(new URL('./fake-iframe-api.js', import.meta.url), 'utf8');
/** What the player frame shows: a still with a play button, so screenshots read as a video. */
const FAKE_FRAME = `<!doctype html><title>YouTube player stand-in</title>
<body style="margin:0;height:100vh;display:grid;place-items:center;background:radial-gradient(circle at 30% 30%,#3a4356,#0d1016 70%);font:13px system-ui,sans-serif;color:#c9ced8">
<svg width="68" height="48" viewBox="0 0 68 48" aria-hidden="true"><rect width="68" height="48" rx="12" fill="#e62117"/><path d="M27 14v20l18-10z" fill="#fff"/></svg>
<p style="position:fixed;bottom:10px;left:14px;margin:0;opacity:.75">Test stand-in for the YouTube player</p>
</body>`;

/** A command the page sent to the player, as recorded by the fake. */
export type PlayerCall = [name: string, ...args: unknown[]];

/** Test-side handle on the fake player in one page. */
export class FakeYouTube {
  /** Requests to other hosts that were blocked; a test can check nothing unexpected was tried. */
  readonly blocked: string[] = [];
  private readonly held: Route[] = [];

  constructor(
    readonly page: Page,
    readonly mode: YouTubeMode,
    readonly behaviour: FakePlayerOptions = {},
  ) {}

  /** Routes the page's requests; call before navigating. */
  async install(appOrigin: string): Promise<void> {
    await this.page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      this.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await this.page.route('**/www.youtube.com/iframe_api', (route) => {
      if (this.mode === 'offline') return route.abort('internetdisconnected');
      if (this.mode === 'hanging') {
        // Never answered: the page must give up on its own.
        this.held.push(route);
        return;
      }
      // The options travel inside the script itself: an inline script would need a CSP exception.
      const body = `window.__fakeYTOptions = ${JSON.stringify(this.behaviour)};\n${FAKE_API}`;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body });
    });
    await this.page.route(/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: FAKE_FRAME }),
    );
  }

  /** Waits until the page has a player that fired onReady. */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => {
      const player = (window as unknown as FakeWindow).__fakeYT?.player;
      return player?.readyFired === true;
    });
  }

  /**
   * Waits for the fake API script to have run. On a busy machine a test can act on the page (a key, a
   * click) before the script has even arrived, so every driving call waits for it first.
   */
  private async loaded(): Promise<void> {
    await this.page.waitForFunction(() => (window as unknown as FakeWindow).__fakeYT !== undefined);
  }

  async setTime(seconds: number): Promise<void> {
    await this.loaded();
    await this.page.evaluate((value) => (window as unknown as FakeWindow).__fakeYT.setTime(value), seconds);
  }

  /** Presses play inside the video (as the viewer would), optionally from a given time. */
  async play(fromSeconds?: number): Promise<void> {
    await this.loaded();
    await this.page.evaluate((value) => {
      const fake = (window as unknown as FakeWindow).__fakeYT;
      if (value !== null) fake.setTime(value);
      fake.play();
    }, fromSeconds ?? null);
  }

  async pause(): Promise<void> {
    await this.loaded();
    await this.page.evaluate(() => (window as unknown as FakeWindow).__fakeYT.pause());
  }

  async fireError(code: number): Promise<void> {
    await this.loaded();
    await this.page.evaluate((value) => (window as unknown as FakeWindow).__fakeYT.fireError(value), code);
  }

  /** Freezes (or thaws) the fake clock, so a playing video reports the same time every poll. */
  async freeze(frozen: boolean): Promise<void> {
    await this.loaded();
    await this.page.evaluate((value) => {
      const fake = (window as unknown as FakeWindow).__fakeYT;
      fake.player?.jump(fake.player.now());
      fake.frozen = value;
    }, frozen);
  }

  /** Fires onReady on players held back by `holdReady`. */
  async releaseReady(): Promise<void> {
    await this.loaded();
    await this.page.evaluate(() => (window as unknown as FakeWindow).__fakeYT.releaseReady());
  }

  /** Whether the browser refuses the page's requests to play (autoplay rules). */
  async blockAutoplay(blocked: boolean): Promise<void> {
    await this.loaded();
    await this.page.evaluate((value) => {
      (window as unknown as FakeWindow).__fakeYT.autoplayBlocked = value;
    }, blocked);
  }

  /**
   * Every move the page made, in order: `seekTo` (which starts a video that is not paused) and
   * `cueVideoById` (which shows the video at a time without starting it).
   */
  async moves(): Promise<Array<[kind: 'seek' | 'cue', seconds: number]>> {
    return this.page.evaluate(() =>
      ((window as unknown as FakeWindow).__fakeYT?.calls ?? []).flatMap((call): Array<['seek' | 'cue', number]> => {
        if (call[0] === 'seekTo') return [['seek', call[1] as number]];
        if (call[0] === 'cueVideoById') return [['cue', (call[1] as { startSeconds?: number }).startSeconds ?? 0]];
        return [];
      }),
    );
  }

  /** Every `seekTo(seconds, allowSeekAhead)` the page made, in order. */
  async seekCalls(): Promise<Array<[number, boolean]>> {
    return this.page.evaluate(() =>
      ((window as unknown as FakeWindow).__fakeYT?.seekCalls() ?? []).map((call) => [call[1] as number, call[2] as boolean] as [number, boolean]),
    );
  }

  async calls(): Promise<PlayerCall[]> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeYT?.calls ?? []);
  }

  /** 1 playing, 2 paused, ... as `YT.PlayerState`. */
  async state(): Promise<number | null> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeYT?.player?.state ?? null);
  }

  /** The options the page created the player with (host, videoId, playerVars). */
  async playerOptions(): Promise<{ host?: string; videoId?: string; playerVars?: Record<string, unknown> } | null> {
    return this.page.evaluate(() => {
      const options = (window as unknown as FakeWindow).__fakeYT?.player?.options;
      return options === undefined ? null : { host: options.host, videoId: options.videoId, playerVars: options.playerVars };
    });
  }

  async timeReads(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeYT?.timeReads ?? 0);
  }

  /** Lets go of requests held in 'hanging' mode, so the page can close cleanly. */
  release(): void {
    for (const route of this.held.splice(0)) void route.abort('timedout').catch(() => {});
  }
}

/** The page-side objects of fake-iframe-api.js, as far as tests read them. */
interface FakePlayer {
  state: number;
  readyFired: boolean;
  options: { host?: string; videoId?: string; playerVars?: Record<string, unknown> };
  now(): number;
  jump(seconds: number): void;
}

interface FakeWindow {
  __fakeYT: {
    player: FakePlayer | null;
    calls: PlayerCall[];
    timeReads: number;
    frozen: boolean;
    autoplayBlocked: boolean;
    releaseReady(): void;
    setTime(seconds: number): void;
    play(): void;
    pause(): void;
    fireError(code: number): void;
    seekCalls(): PlayerCall[];
  };
}
