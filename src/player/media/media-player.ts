/**
 * The viewer's `Player` over the page's own `<audio>` or `<video>` element: a talk's own media. Framework
 * free; `media-view.tsx` draws the element and hands it over (`attach`).
 *
 * Unlike YouTube's, the element tells the page everything (`playing`, `pause`, `seeking`, `error`…), but
 * its `timeupdate` comes only four times a second, and a word highlight a quarter second late is heard to
 * lag. So while it plays, the time is read once per animation frame (the highlight is then at most a frame
 * behind the sound) and not at all while it is paused; `timeupdate` still moves it where frames do not run
 * (a tab in the background).
 *
 * Commands before the element has its metadata (a deep link, a click on a turn while the file loads)
 * wait for it: a seek is applied once the file's length is known, a play is asked of the element at once
 * (a browser grants it only within the reader's gesture). A play the browser refuses (autoplay rules) is
 * `startBlocked`. Errors become values that say which failure it is (see `MediaProblem`); a file the
 * element cannot open is asked for again (`probe`) to tell a missing file from one it cannot read.
 *
 * @see https://html.spec.whatwg.org/multipage/media.html#mediaevents
 */
import type { Player, PlayerStatus } from '../player.ts';
import type { MediaProblem, PlayerError } from '../player-error.ts';
import type { PlaybackState } from '../raw-player.ts';

/** The part of `HTMLMediaElement` the player uses (a fake one in tests). */
export interface MediaElementLike {
  currentTime: number;
  playbackRate: number;
  defaultPlaybackRate: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly readyState: number;
  readonly error: { readonly code: number } | null;
  play(): Promise<void>;
  pause(): void;
  canPlayType(type: string): string;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** `HTMLMediaElement.readyState` once the duration is known. */
const HAVE_METADATA = 1;
/** `MediaError.code` values. */
const MEDIA_ERR_ABORTED = 1;
const MEDIA_ERR_NETWORK = 2;
const MEDIA_ERR_DECODE = 3;

/**
 * What the file's address answers when asked again: its HTTP status, and whether what came is a web page
 * (a host that answers every unknown address with its home page: the file is not there either); null
 * when it could not be asked (offline, another site).
 */
export type MediaProbe = () => Promise<{ status: number; page: boolean } | null>;

export interface MediaPlayerOptions {
  /** Where to start (a deep link): the element is cued there once it knows the file's length. */
  initialTime?: number;
  /** The file's MIME type: a browser that says it cannot play it fails at once, rather than after a download. */
  type?: string;
  /** Asks the file's address for its status, to tell a missing file from one the browser cannot read. */
  probe?: MediaProbe;
  /** The speed to play at (a remembered choice). */
  rate?: number;
  /** `requestAnimationFrame` and `cancelAnimationFrame`, or stand-ins (tests). */
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

/** What the controls show besides the time: the file's length (0 until known) and the speed. */
export interface MediaInfo {
  duration: number;
  rate: number;
}

export interface MediaPlayer extends Player {
  readonly source: 'media';
  /** Hands over the element (drawn by the page) and applies waiting commands. */
  attach(element: MediaElementLike): void;
  /** Lets the element go (it is leaving the page); the time keeps answering. */
  detach(): void;
  /** The length and speed; a new object whenever either changes. */
  getInfo(): MediaInfo;
  subscribeInfo(listener: () => void): () => void;
  /** Plays at `rate` times normal speed. */
  setRate(rate: number): void;
}

/** Events that change what the player reports. */
const EVENTS = [
  'loadedmetadata',
  'durationchange',
  'play',
  'playing',
  'pause',
  'waiting',
  'seeking',
  'seeked',
  'timeupdate',
  'ended',
  'ratechange',
  'error',
] as const;

/** Creates the player; pair it with one media element. */
export function createMediaPlayer(options: MediaPlayerOptions = {}): MediaPlayer {
  const requestFrame = options.requestFrame ?? ((callback: () => void) => requestAnimationFrame(callback));
  const cancelFrame = options.cancelFrame ?? ((handle: number) => cancelAnimationFrame(handle));
  let element: MediaElementLike | null = null;
  let time = Math.max(0, options.initialTime ?? 0);
  let status: PlayerStatus = { phase: 'loading', playback: 'unstarted', error: null, startBlocked: false };
  let info: MediaInfo = { duration: 0, rate: options.rate ?? 1 };
  // A seek waits for the file's length; so does a play asked for before the element is there.
  let pendingSeek: number | null = time > 0 ? time : null;
  let pendingPlay = false;
  // Seeks this player made, whose `seeking` events are not the reader's own jumps.
  let ownSeeks = 0;
  let frame: number | null = null;
  let disposed = false;
  // Bumped when the element changes, so a late probe answer for an old one is dropped.
  let generation = 0;

  const timeListeners = new Set<(seconds: number) => void>();
  const statusListeners = new Set<() => void>();
  const jumpListeners = new Set<() => void>();
  const infoListeners = new Set<() => void>();

  const notify = (listeners: Set<() => void>): void => {
    for (const listener of [...listeners]) listener();
  };

  function setStatus(next: Partial<PlayerStatus>): void {
    const merged = { ...status, ...next };
    if (merged.phase === status.phase && merged.playback === status.playback && merged.error === status.error && merged.startBlocked === status.startBlocked)
      return;
    status = merged;
    notify(statusListeners);
  }

  function setTime(seconds: number): void {
    if (seconds === time || !Number.isFinite(seconds)) return;
    time = seconds;
    for (const listener of [...timeListeners]) listener(seconds);
  }

  function readInfo(): void {
    if (element === null) return;
    const duration = Number.isFinite(element.duration) ? element.duration : 0;
    if (duration === info.duration && element.playbackRate === info.rate) return;
    info = { duration, rate: element.playbackRate };
    notify(infoListeners);
  }

  const ready = (): boolean => element !== null && status.phase === 'ready';

  function readTime(): void {
    // Before its metadata the element's time is 0 whatever was asked: the seek waiting says where the talk is.
    if (ready()) setTime(element!.currentTime);
  }

  /** Reads the time at every frame while the element plays; stops by itself when it does not. */
  function tick(): void {
    frame = null;
    if (element === null || element.paused) return;
    readTime();
    frame = requestFrame(tick);
  }

  function startFrames(): void {
    if (frame === null && !disposed) frame = requestFrame(tick);
  }

  function stopFrames(): void {
    if (frame !== null) cancelFrame(frame);
    frame = null;
  }

  function fail(error: PlayerError): void {
    stopFrames();
    pendingPlay = false;
    setStatus({ phase: 'failed', error, startBlocked: false });
  }

  /** Asks the element to play; a refusal by the browser (autoplay rules) is reported, not thrown. */
  function startPlaying(target: MediaElementLike): void {
    let started: Promise<void> | undefined;
    try {
      started = target.play();
    } catch {
      started = undefined;
    }
    started?.catch((error: unknown) => {
      if (disposed || element !== target) return;
      // A play interrupted by a pause or a new load is not a refusal.
      if (error instanceof Error && error.name === 'NotAllowedError') setStatus({ startBlocked: true, playback: target.paused ? 'paused' : status.playback });
    });
  }

  function moveTo(target: MediaElementLike, seconds: number): void {
    const length = Number.isFinite(target.duration) ? target.duration : Infinity;
    const to = Math.min(seconds, length);
    ownSeeks += 1;
    target.currentTime = to;
  }

  /** Why the element stopped, once it has said so; a file it could not open is asked for again. */
  function onError(target: MediaElementLike): void {
    const code = target.error?.code ?? 0;
    if (code === MEDIA_ERR_ABORTED) return;
    if (code === MEDIA_ERR_NETWORK) return fail({ kind: 'media', problem: 'network' });
    if (code === MEDIA_ERR_DECODE) return fail({ kind: 'media', problem: 'decode' });
    // MEDIA_ERR_SRC_NOT_SUPPORTED: a missing file, a type the browser does not play, or bytes it cannot open.
    const asked = generation;
    const unplayable: MediaProblem = options.type !== undefined && target.canPlayType(options.type) === '' ? 'unsupported' : 'decode';
    if (options.probe === undefined) return fail({ kind: 'media', problem: unplayable });
    options.probe().then(
      (answer) => {
        if (disposed || asked !== generation) return;
        if (answer === null) fail({ kind: 'media', problem: 'network' });
        else if (answer.status === 404 || answer.status === 410) fail({ kind: 'media', problem: 'not-found', status: answer.status });
        else if (answer.status >= 400) fail({ kind: 'media', problem: 'network', status: answer.status });
        else if (answer.page) fail({ kind: 'media', problem: 'not-found' });
        else fail({ kind: 'media', problem: unplayable });
      },
      () => {
        if (!disposed && asked === generation) fail({ kind: 'media', problem: 'network' });
      },
    );
  }

  function playbackOf(target: MediaElementLike): PlaybackState {
    if (target.ended) return 'ended';
    if (target.paused) return status.playback === 'unstarted' ? 'unstarted' : 'paused';
    return status.playback === 'playing' ? 'playing' : 'buffering';
  }

  function handle(target: MediaElementLike, type: (typeof EVENTS)[number]): void {
    if (disposed || element !== target) return;
    switch (type) {
      case 'loadedmetadata': {
        readInfo();
        if (status.phase === 'failed') return;
        setStatus({ phase: 'ready' });
        const seek = pendingSeek;
        pendingSeek = null;
        if (seek !== null) moveTo(target, seek);
        readTime();
        return;
      }
      case 'durationchange':
      case 'ratechange':
        readInfo();
        return;
      case 'play':
        // Asked to play; `playing` says when the sound starts.
        if (status.playback !== 'playing') setStatus({ playback: 'buffering' });
        startFrames();
        return;
      case 'playing':
        setStatus({ playback: 'playing', startBlocked: false });
        startFrames();
        return;
      case 'waiting':
        if (!target.paused) setStatus({ playback: 'buffering' });
        return;
      case 'pause':
      case 'ended':
        stopFrames();
        readTime();
        setStatus({ playback: playbackOf(target) });
        return;
      case 'seeking':
        if (ownSeeks > 0) ownSeeks -= 1;
        // A jump made outside the viewer (the system's media controls, picture in picture): following resumes.
        else notify(jumpListeners);
        readTime();
        return;
      case 'seeked':
      case 'timeupdate':
        readTime();
        return;
      case 'error':
        onError(target);
        return;
    }
  }

  let unlisten: (() => void) | null = null;

  const player: MediaPlayer = {
    source: 'media',

    attach(target) {
      if (disposed || element === target) return;
      player.detach();
      element = target;
      generation += 1;
      const listeners = EVENTS.map((type) => [type, () => handle(target, type)] as const);
      for (const [type, listener] of listeners) target.addEventListener(type, listener);
      unlisten = () => {
        for (const [type, listener] of listeners) target.removeEventListener(type, listener);
      };
      target.defaultPlaybackRate = info.rate;
      target.playbackRate = info.rate;
      if (options.type !== undefined && target.canPlayType(options.type) === '') return fail({ kind: 'media', problem: 'unsupported' });
      if (target.error !== null) return onError(target);
      if (target.readyState >= HAVE_METADATA) handle(target, 'loadedmetadata');
      if (pendingPlay) {
        pendingPlay = false;
        startPlaying(target);
      }
    },

    detach() {
      unlisten?.();
      unlisten = null;
      stopFrames();
      element = null;
      generation += 1;
    },

    play() {
      if (disposed || status.phase === 'failed') return;
      setStatus({ startBlocked: false });
      if (element === null) pendingPlay = true;
      else startPlaying(element);
    },

    pause() {
      pendingPlay = false;
      setStatus({ startBlocked: false });
      element?.pause();
    },

    toggle() {
      if (player.isPlaying()) player.pause();
      else player.play();
    },

    seekTo(seconds, seekOptions = {}) {
      if (disposed || !Number.isFinite(seconds)) return;
      const target = Math.max(0, info.duration > 0 ? Math.min(seconds, info.duration) : seconds);
      // The time moves at once so the transcript answers the click, whatever the element does.
      setTime(target);
      notify(jumpListeners);
      if (ready()) moveTo(element!, target);
      else pendingSeek = target;
      if (seekOptions.play === true) player.play();
    },

    getTime: () => time,

    isPlaying() {
      if (element === null || status.phase !== 'ready') return pendingPlay || (element !== null && !element.paused);
      return !element.paused && !element.ended;
    },

    getStatus: () => status,
    getInfo: () => info,

    setRate(rate) {
      if (!Number.isFinite(rate) || rate <= 0) return;
      if (element === null) {
        if (rate !== info.rate) {
          info = { ...info, rate };
          notify(infoListeners);
        }
        return;
      }
      element.defaultPlaybackRate = rate;
      element.playbackRate = rate;
      readInfo();
    },

    subscribeTime(listener) {
      timeListeners.add(listener);
      return () => timeListeners.delete(listener);
    },

    subscribeStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },

    subscribeJump(listener) {
      jumpListeners.add(listener);
      return () => jumpListeners.delete(listener);
    },

    subscribeInfo(listener) {
      infoListeners.add(listener);
      return () => infoListeners.delete(listener);
    },

    dispose() {
      player.detach();
      disposed = true;
      timeListeners.clear();
      statusListeners.clear();
      jumpListeners.clear();
      infoListeners.clear();
    },
  };
  return player;
}
