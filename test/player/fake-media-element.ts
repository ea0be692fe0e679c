/**
 * A stand-in for an `<audio>`/`<video>` element whose clock, readiness and events the test drives by hand,
 * and a frame scheduler to run animation frames one at a time: for the media player's unit tests.
 */
import type { MediaElementLike } from '../../src/player/media/media-player.ts';

export class FakeMediaElement implements MediaElementLike {
  currentTimeValue = 0;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  duration = Number.NaN;
  paused = true;
  ended = false;
  readyState = 0;
  error: { code: number } | null = null;
  /** What `canPlayType` answers ('' for "no"). */
  playable = 'maybe';
  /** Set to make the next `play()` refused as the autoplay rules do. */
  refusePlay = false;
  calls: string[] = [];
  private listeners = new Map<string, Set<() => void>>();

  get currentTime(): number {
    return this.currentTimeValue;
  }

  set currentTime(seconds: number) {
    this.calls.push(`seek ${seconds}`);
    this.currentTimeValue = seconds;
    this.ended = false;
  }

  play(): Promise<void> {
    this.calls.push('play');
    if (this.refusePlay) {
      const error = new Error('play() failed because the user did not interact with the document first.');
      error.name = 'NotAllowedError';
      return Promise.reject(error);
    }
    this.paused = false;
    return Promise.resolve();
  }

  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }

  canPlayType(): string {
    return this.playable;
  }

  addEventListener(type: string, listener: () => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  fire(type: string): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener();
  }

  /** The file's metadata arrived: its length is known. */
  loadMetadata(duration: number): void {
    this.duration = duration;
    this.readyState = 1;
    this.fire('durationchange');
    this.fire('loadedmetadata');
  }

  /** Playback started, as the element reports it after `play()`. */
  startPlaying(): void {
    this.paused = false;
    this.readyState = 4;
    this.fire('play');
    this.fire('playing');
  }

  failWith(code: number): void {
    this.error = { code };
    this.fire('error');
  }
}

/** `requestAnimationFrame` by hand: `run()` runs the frames asked for so far. */
export class FrameClock {
  private next = 1;
  private waiting = new Map<number, () => void>();
  requestFrame = (callback: () => void): number => {
    const handle = this.next++;
    this.waiting.set(handle, callback);
    return handle;
  };
  cancelFrame = (handle: number): void => {
    this.waiting.delete(handle);
  };
  get pending(): number {
    return this.waiting.size;
  }
  run(): void {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    for (const callback of due) callback();
  }
}
