/**
 * Requests and bytes a page's context fetched while a query ran, from the browser's network events
 * rather than the page's resource timing: those also see what a worker fetches (Pagefind searches in
 * one), and have no buffer to fill.
 */
import type { BrowserContext, Request } from 'playwright-core';

export interface Tally {
  requests: number;
  /** Response bodies as sent (compressed when the server compressed them). */
  bytes: number;
}

export class NetworkTally {
  private pending: Array<Promise<number>> = [];
  private counting = false;

  constructor(context: BrowserContext) {
    const done = (request: Request): void => {
      if (!this.counting) return;
      this.pending.push(
        request.sizes().then(
          (sizes) => sizes.responseBodySize,
          () => 0,
        ),
      );
    };
    context.on('requestfinished', done);
  }

  /** Starts counting afresh. */
  start(): void {
    this.pending = [];
    this.counting = true;
  }

  /** Stops counting and sums what finished since `start`. */
  async stop(): Promise<Tally> {
    // Events of responses just used may still be on their way.
    await new Promise((resolve) => setTimeout(resolve, 100));
    this.counting = false;
    const sizes = await Promise.all(this.pending);
    return { requests: sizes.length, bytes: sizes.reduce((n, size) => n + size, 0) };
  }
}
