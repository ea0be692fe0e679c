/**
 * A thin, framework-free adapter around the YouTube player: play, pause, seek, the current time,
 * and errors as values.
 *
 * The IFrame API has no time event, so the adapter polls `getCurrentTime()`, but only while the
 * video plays (plus one reading after each seek or pause): a paused page costs nothing. Commands
 * given before the player is ready (a click on a turn while the iframe loads, a deep link) are
 * kept and applied once it is. When the player never comes, the adapter still keeps a time of its
 * own, moved by seeks, so the transcript and the "watch on YouTube" link keep working.
 *
 * Two behaviours of the real player shape the commands. `seekTo` from any state but paused starts
 * playback, so a seek that must not play (a search result, a deep link) on a video that has not
 * started is a cue instead (`cueVideoById` at the time). And a browser may refuse to start a video
 * the page asks to play (autoplay rules): a play request that leaves the video still for a few
 * seconds is reported as `startBlocked`, for the page to ask the viewer to press play in the video.
 */
import type { Player, PlayerStatus } from './player.ts';
import type { PlayerError } from './player-error.ts';
import { type RawPlayer, playbackStateOf } from './raw-player.ts';

export type { PlayerPhase, PlayerStatus } from './player.ts';

export interface PlayerAdapterOptions {
  /** Time before the player is ready, e.g. from a deep link; the embed should be cued there too. */
  initialTime?: number;
  /** How often to read the time while playing. 100 ms keeps the highlight well within 250 ms. */
  pollIntervalMs?: number;
  /** How long to wait for the player before reporting it unavailable. */
  readyTimeoutMs?: number;
  /** Delay before the single reading after a seek, so the player reports the new position. */
  settleMs?: number;
  /** How long a requested play may leave the video still before it counts as blocked. */
  startTimeoutMs?: number;
}

/** The YouTube player behind the viewer's `Player`: what its frame (`youtube-frame.tsx`) feeds it. */
export interface PlayerAdapter extends Player {
  readonly source: 'youtube';
  /**
   * Starts waiting for the player: after `readyTimeoutMs` without one, the adapter fails.
   *
   * @param apiLoaded tells, when time is up, whether the IFrame API script arrived: the failure is
   *   then a player that never got ready rather than an API that never answered
   */
  startLoading(apiLoaded?: () => boolean): void;
  /**
   * Hands over the real player (react-youtube's `onReady` target) and applies waiting commands.
   *
   * @param videoId the embedded video, needed to cue it at a time without starting it
   * @param cuedAt the second the player was made to start at (its `start` option): a seek waiting for
   *   that second is done already, and cueing the video there again would load it a second time
   */
  attach(player: RawPlayer, videoId?: string, cuedAt?: number): void;
  /** Records that the player cannot play; the adapter's own time keeps answering. */
  fail(error: PlayerError): void;
  /** Feeds `onStateChange` codes (`YT.PlayerState`). */
  handleStateChange(code: number): void;
}

/** After a seek, readings this far from the target are the player's old position, not the new one. */
const STALE_DISTANCE_S = 2;
/** How long after a seek such stale readings are expected. */
const STALE_WINDOW_MS = 1500;
/**
 * A reading further than this from the expected time, plus the seconds since the last reading
 * (which covers playback up to twice normal speed and throttled timers), is a jump.
 */
const JUMP_TOLERANCE_S = 2.5;

/** Creates an adapter; pair it with one embedded player. */
export function createPlayerAdapter(options: PlayerAdapterOptions = {}): PlayerAdapter {
  const pollIntervalMs = options.pollIntervalMs ?? 100;
  const readyTimeoutMs = options.readyTimeoutMs ?? 8000;
  const settleMs = options.settleMs ?? 250;
  const startTimeoutMs = options.startTimeoutMs ?? 4000;

  let player: RawPlayer | null = null;
  let videoId: string | null = null;
  let time = Math.max(0, options.initialTime ?? 0);
  let status: PlayerStatus = { phase: 'loading', playback: 'unstarted', error: null, startBlocked: false };
  // Commands before ready collapse to the wanted end state: applying "seek 10, seek 20, play,
  // pause, play" one by one would end exactly where "seek 20, play" does, without the flicker.
  let pendingSeek: number | null = null;
  let pendingPlay: boolean | null = null;
  let lastSeek: { target: number; at: number } | null = null;
  let lastReading: { time: number; at: number; playing: boolean } | null = null;

  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let readyTimer: ReturnType<typeof setTimeout> | null = null;
  let startTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const timeListeners = new Set<(seconds: number) => void>();
  const statusListeners = new Set<() => void>();
  const jumpListeners = new Set<() => void>();

  function announceJump(): void {
    for (const listener of [...jumpListeners]) listener();
  }

  function setStatus(next: Partial<PlayerStatus>): void {
    const merged = { ...status, ...next };
    if (
      merged.phase === status.phase &&
      merged.playback === status.playback &&
      merged.error === status.error &&
      merged.startBlocked === status.startBlocked
    ) {
      return;
    }
    status = merged;
    for (const listener of [...statusListeners]) listener();
  }

  function setTime(seconds: number): void {
    if (seconds === time) return;
    time = seconds;
    for (const listener of [...timeListeners]) listener(seconds);
  }

  function readTime(): void {
    if (player === null || status.phase !== 'ready') return;
    let reported: number;
    try {
      reported = player.getCurrentTime();
    } catch {
      return; // A player torn down by the page between ticks; the next attach brings a new one.
    }
    if (!Number.isFinite(reported)) return;
    const now = Date.now();
    if (lastSeek !== null) {
      const recent = now - lastSeek.at < STALE_WINDOW_MS;
      if (recent && Math.abs(reported - lastSeek.target) > STALE_DISTANCE_S) return;
      lastSeek = null;
    } else if (lastReading !== null) {
      const elapsed = (now - lastReading.at) / 1000;
      const expected = lastReading.playing ? lastReading.time + elapsed : lastReading.time;
      if (Math.abs(reported - expected) > JUMP_TOLERANCE_S + elapsed) announceJump();
    }
    lastReading = { time: reported, at: now, playing: status.playback === 'playing' };
    setTime(reported);
  }

  function startPolling(): void {
    if (pollTimer === null) pollTimer = setInterval(readTime, pollIntervalMs);
  }

  function stopPolling(): void {
    if (pollTimer !== null) clearInterval(pollTimer);
    pollTimer = null;
  }

  function readSoon(): void {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = null;
      readTime();
    }, settleMs);
  }

  function clearReadyTimer(): void {
    if (readyTimer !== null) clearTimeout(readyTimer);
    readyTimer = null;
  }

  function clearStartTimer(): void {
    if (startTimer !== null) clearTimeout(startTimer);
    startTimer = null;
  }

  /** After a play request: if the video is still not playing in a moment, the browser held it back. */
  function watchStart(): void {
    clearStartTimer();
    startTimer = setTimeout(function checkStarted() {
      startTimer = null;
      if (disposed || status.phase !== 'ready') return;
      const playback = player === null ? status.playback : playbackStateOf(safeState(player));
      if (playback === 'playing' || playback === 'ended') return;
      // Still fetching the video on a slow line: not blocked yet, look again later.
      if (playback === 'buffering') {
        startTimer = setTimeout(checkStarted, startTimeoutMs);
        return;
      }
      setStatus({ startBlocked: true });
    }, startTimeoutMs);
  }

  /**
   * Moves the ready player to `target`. Without `play`, a video that is not paused is cued rather
   * than sought: the real player starts playback on `seekTo` from any other state.
   */
  function move(raw: RawPlayer, target: number, play: boolean): void {
    lastSeek = { target, at: Date.now() };
    const state = playbackStateOf(safeState(raw));
    const startsOnSeek = state === 'unstarted' || state === 'cued' || state === 'ended';
    if (!play && startsOnSeek && videoId !== null) {
      raw.cueVideoById({ videoId, startSeconds: target });
    } else {
      raw.seekTo(target, true);
    }
    if (play) {
      raw.playVideo();
      watchStart();
    }
  }

  const canCommand = (): boolean => player !== null && status.phase === 'ready';

  const adapter: PlayerAdapter = {
    source: 'youtube',
    startLoading(apiLoaded) {
      if (disposed || readyTimer !== null || status.phase !== 'loading') return;
      readyTimer = setTimeout(() => {
        readyTimer = null;
        if (status.phase !== 'loading') return;
        const seconds = Math.round(readyTimeoutMs / 1000);
        adapter.fail(apiLoaded?.() === true ? { kind: 'ready-timeout', seconds } : { kind: 'api-timeout', seconds });
      }, readyTimeoutMs);
    },

    attach(raw, id, cuedAt) {
      if (disposed) return;
      // A player error is final for this video; only a timeout is undone by a late player.
      if (status.phase === 'failed' && status.error?.kind !== 'api-timeout' && status.error?.kind !== 'ready-timeout') return;
      clearReadyTimer();
      player = raw;
      videoId = id ?? null;
      setStatus({ phase: 'ready', error: null, playback: playbackStateOf(safeState(raw)) });
      const play = pendingPlay === true;
      const target = pendingSeek;
      pendingSeek = null;
      // A player made to start at that second (its `start`, whole seconds) is there already.
      const there = target !== null && cuedAt !== undefined && Math.floor(target) === Math.floor(cuedAt);
      if (target !== null && !there) {
        move(raw, target, play);
      } else if (play) {
        raw.playVideo();
        watchStart();
      }
      if (pendingPlay === false && status.playback === 'playing') raw.pauseVideo();
      pendingPlay = null;
      if (status.playback === 'playing') startPolling();
    },

    fail(error) {
      if (disposed) return;
      clearReadyTimer();
      clearStartTimer();
      stopPolling();
      setStatus({ phase: 'failed', error, startBlocked: false });
    },

    handleStateChange(code) {
      if (disposed) return;
      const playback = playbackStateOf(code);
      if (playback === 'playing') clearStartTimer();
      setStatus(playback === 'playing' ? { playback, startBlocked: false } : { playback });
      if (playback === 'playing') {
        startPolling();
      } else {
        stopPolling();
        // Pausing, ending and buffering stop the clock: one reading pins where it stopped.
        readTime();
      }
    },

    play() {
      if (canCommand() && player !== null) {
        player.playVideo();
        watchStart();
      } else {
        pendingPlay = true;
      }
    },

    pause() {
      // Pausing answers a blocked start too: the video is where the reader wants it.
      clearStartTimer();
      setStatus({ startBlocked: false });
      if (canCommand()) player?.pauseVideo();
      else pendingPlay = false;
    },

    toggle() {
      if (adapter.isPlaying()) adapter.pause();
      else adapter.play();
    },

    seekTo(seconds, seekOptions = {}) {
      if (disposed || !Number.isFinite(seconds)) return;
      const target = Math.max(0, seconds);
      // The time moves at once so the transcript answers the click, whatever the player does.
      setTime(target);
      announceJump();
      if (canCommand() && player !== null) {
        move(player, target, seekOptions.play === true);
        readSoon();
      } else {
        pendingSeek = target;
        if (seekOptions.play === true) pendingPlay = true;
      }
    },

    getTime: () => time,

    isPlaying() {
      if (canCommand()) return status.playback === 'playing' || status.playback === 'buffering';
      return pendingPlay === true;
    },

    getStatus: () => status,

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

    dispose() {
      disposed = true;
      stopPolling();
      clearReadyTimer();
      clearStartTimer();
      if (settleTimer !== null) clearTimeout(settleTimer);
      settleTimer = null;
      player = null;
      timeListeners.clear();
      statusListeners.clear();
      jumpListeners.clear();
    },
  };
  return adapter;
}

function safeState(player: RawPlayer): number {
  try {
    return player.getPlayerState();
  } catch {
    return -1;
  }
}
