import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayerAdapter } from '../../src/player/player-adapter.ts';
import { PLAYER_STATE, type RawPlayer } from '../../src/player/raw-player.ts';

/** A stand-in for YT.Player whose clock the test sets by hand. */
class StubPlayer implements RawPlayer {
  time = 0;
  state: number = PLAYER_STATE.UNSTARTED;
  calls: string[] = [];
  timeReads = 0;
  playVideo(): void {
    this.calls.push('play');
  }
  pauseVideo(): void {
    this.calls.push('pause');
  }
  seekTo(seconds: number, allowSeekAhead: boolean): void {
    this.calls.push(`seek ${seconds} ${allowSeekAhead}`);
  }
  cueVideoById(options: { videoId: string; startSeconds?: number }): void {
    this.calls.push(`cue ${options.videoId} ${options.startSeconds}`);
    this.state = PLAYER_STATE.CUED;
  }
  getCurrentTime(): number {
    this.timeReads += 1;
    return this.time;
  }
  getPlayerState(): number {
    return this.state;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPlayerAdapter', () => {
  it('keeps commands given before ready and applies them once ready', () => {
    const adapter = createPlayerAdapter();
    const player = new StubPlayer();
    adapter.seekTo(10);
    adapter.seekTo(278, { play: true });
    expect(adapter.getTime()).toBe(278);
    expect(player.calls).toEqual([]);
    adapter.attach(player);
    expect(player.calls).toEqual(['seek 278 true', 'play']);
  });

  it('ends in the last wanted play state when toggled before ready', () => {
    const adapter = createPlayerAdapter();
    const player = new StubPlayer();
    adapter.toggle();
    expect(adapter.isPlaying()).toBe(true);
    adapter.toggle();
    expect(adapter.isPlaying()).toBe(false);
    adapter.attach(player);
    expect(player.calls).toEqual([]);
  });

  it('polls the time only while playing', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    const times: number[] = [];
    adapter.subscribeTime((seconds) => times.push(seconds));
    adapter.attach(player);
    vi.advanceTimersByTime(1000);
    expect(player.timeReads).toBe(0);

    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    player.time = 600;
    vi.advanceTimersByTime(100);
    player.time = 600.1;
    vi.advanceTimersByTime(100);
    expect(times).toEqual([600, 600.1]);

    player.time = 601;
    adapter.handleStateChange(PLAYER_STATE.PAUSED);
    const readsAfterPause = player.timeReads;
    expect(times.at(-1)).toBe(601);
    vi.advanceTimersByTime(5000);
    expect(player.timeReads).toBe(readsAfterPause);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads once shortly after a seek while paused', () => {
    const adapter = createPlayerAdapter({ settleMs: 250 });
    const player = new StubPlayer();
    adapter.attach(player);
    adapter.seekTo(2015);
    expect(adapter.getTime()).toBe(2015);
    player.time = 2015.2;
    vi.advanceTimersByTime(250);
    expect(player.timeReads).toBe(1);
    expect(adapter.getTime()).toBe(2015.2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores the old position reported just after a seek', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    adapter.attach(player);
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    player.time = 30;
    vi.advanceTimersByTime(100);
    adapter.seekTo(5101);
    vi.advanceTimersByTime(100); // the player still says 30
    expect(adapter.getTime()).toBe(5101);
    player.time = 5101.1;
    vi.advanceTimersByTime(100);
    expect(adapter.getTime()).toBe(5101.1);
  });

  it('trusts the player again once the seek is old', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    adapter.attach(player);
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    adapter.seekTo(500);
    player.time = 40; // the person dragged YouTube's own scrubber back
    vi.advanceTimersByTime(2000);
    expect(adapter.getTime()).toBe(40);
  });

  it('fails with a timeout when no player comes, and recovers when one does late', () => {
    const adapter = createPlayerAdapter({ readyTimeoutMs: 8000 });
    const changes = vi.fn();
    adapter.subscribeStatus(changes);
    adapter.startLoading();
    vi.advanceTimersByTime(7999);
    expect(adapter.getStatus().phase).toBe('loading');
    vi.advanceTimersByTime(1);
    expect(adapter.getStatus()).toEqual({ phase: 'failed', playback: 'unstarted', error: { kind: 'api-timeout', seconds: 8 }, startBlocked: false });
    adapter.attach(new StubPlayer());
    expect(adapter.getStatus().phase).toBe('ready');
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('says the player never got ready when the API script did arrive', () => {
    const adapter = createPlayerAdapter({ readyTimeoutMs: 8000 });
    adapter.startLoading(() => true);
    vi.advanceTimersByTime(8000);
    expect(adapter.getStatus()).toMatchObject({ phase: 'failed', error: { kind: 'ready-timeout', seconds: 8 } });
    // A player that gets ready after all still takes over.
    adapter.attach(new StubPlayer(), 'abcdefghijk');
    expect(adapter.getStatus().phase).toBe('ready');
  });

  it('cues a seek made before ready without starting the video, and seeks and plays when play was asked', () => {
    const quiet = createPlayerAdapter();
    const still = new StubPlayer();
    quiet.seekTo(421);
    quiet.attach(still, 'abcdefghijk');
    expect(still.calls).toEqual(['cue abcdefghijk 421']);

    const playing = createPlayerAdapter();
    const started = new StubPlayer();
    playing.seekTo(421, { play: true });
    playing.attach(started, 'abcdefghijk');
    expect(started.calls).toEqual(['seek 421 true', 'play']);
  });

  it('does not cue the video again at the second the player was made to start at (a deep link), and plays from there when asked', () => {
    const linked = createPlayerAdapter();
    const player = new StubPlayer();
    linked.seekTo(2015);
    linked.attach(player, 'abcdefghijk', 2015);
    expect(player.calls).toEqual([]);
    expect(linked.getTime()).toBe(2015);

    const played = createPlayerAdapter();
    const started = new StubPlayer();
    played.seekTo(2015.4, { play: true });
    played.attach(started, 'abcdefghijk', 2015);
    expect(started.calls).toEqual(['play']);

    // Another second than the player's start is a move, as before.
    const moved = createPlayerAdapter();
    const elsewhere = new StubPlayer();
    moved.seekTo(421);
    moved.attach(elsewhere, 'abcdefghijk', 2015);
    expect(elsewhere.calls).toEqual(['cue abcdefghijk 421']);
  });

  it.each([
    [PLAYER_STATE.UNSTARTED, 'cue abcdefghijk 600'],
    [PLAYER_STATE.CUED, 'cue abcdefghijk 600'],
    [PLAYER_STATE.ENDED, 'cue abcdefghijk 600'],
    [PLAYER_STATE.PAUSED, 'seek 600 true'],
    [PLAYER_STATE.PLAYING, 'seek 600 true'],
  ])('from player state %d, a seek without play is a %s', (state, call) => {
    // seekTo starts playback from every state but paused (and playing, which plays on anyway).
    const adapter = createPlayerAdapter();
    const player = new StubPlayer();
    adapter.attach(player, 'abcdefghijk');
    player.state = state;
    adapter.seekTo(600);
    expect(player.calls).toEqual([call]);
  });

  it('reports a play request that leaves the video still as blocked, until it plays', () => {
    const adapter = createPlayerAdapter({ startTimeoutMs: 4000 });
    const player = new StubPlayer();
    adapter.attach(player, 'abcdefghijk');
    adapter.seekTo(278, { play: true });
    vi.advanceTimersByTime(3999);
    expect(adapter.getStatus().startBlocked).toBe(false);
    vi.advanceTimersByTime(1);
    expect(adapter.getStatus().startBlocked).toBe(true);
    // The viewer presses play in the video itself.
    player.state = PLAYER_STATE.PLAYING;
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    expect(adapter.getStatus().startBlocked).toBe(false);
  });

  it('does not call a slow start or a started video blocked', () => {
    const adapter = createPlayerAdapter({ startTimeoutMs: 4000 });
    const player = new StubPlayer();
    adapter.attach(player, 'abcdefghijk');
    adapter.play();
    player.state = PLAYER_STATE.BUFFERING;
    vi.advanceTimersByTime(12_000);
    expect(adapter.getStatus().startBlocked).toBe(false);
    player.state = PLAYER_STATE.PLAYING;
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    vi.advanceTimersByTime(8000);
    expect(adapter.getStatus().startBlocked).toBe(false);
    // A pause right after asking to play is the reader's choice, not a block.
    adapter.handleStateChange(PLAYER_STATE.PAUSED);
    player.state = PLAYER_STATE.PAUSED;
    adapter.play();
    adapter.pause();
    vi.advanceTimersByTime(8000);
    expect(adapter.getStatus().startBlocked).toBe(false);
  });

  it('stays failed after a player error, and keeps its own time for the transcript', () => {
    const adapter = createPlayerAdapter();
    const player = new StubPlayer();
    adapter.attach(player);
    adapter.fail({ kind: 'player', code: 150 });
    adapter.seekTo(278, { play: true });
    expect(adapter.getTime()).toBe(278);
    expect(player.calls).toEqual([]);
    adapter.attach(new StubPlayer());
    expect(adapter.getStatus()).toMatchObject({ phase: 'failed', error: { kind: 'player', code: 150 } });
  });

  it('clears every timer and listener on dispose', () => {
    const adapter = createPlayerAdapter();
    const player = new StubPlayer();
    const listener = vi.fn();
    adapter.subscribeTime(listener);
    adapter.startLoading();
    adapter.attach(player);
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    adapter.seekTo(5);
    listener.mockClear();
    adapter.dispose();
    expect(vi.getTimerCount()).toBe(0);
    player.time = 99;
    vi.advanceTimersByTime(1000);
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports jumps made in the player itself, not ordinary playback', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    const jumps = vi.fn();
    adapter.subscribeJump(jumps);
    adapter.attach(player);
    player.time = 600;
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    for (let tick = 1; tick <= 20; tick += 1) {
      player.time = 600 + tick * 0.1;
      vi.advanceTimersByTime(100);
    }
    expect(jumps).not.toHaveBeenCalled();
    player.time = 5101; // dragged YouTube's scrubber
    vi.advanceTimersByTime(100);
    expect(jumps).toHaveBeenCalledTimes(1);
    player.time = 5101.1;
    vi.advanceTimersByTime(100);
    expect(jumps).toHaveBeenCalledTimes(1);
  });

  it('tolerates double speed and late timers', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    const jumps = vi.fn();
    adapter.subscribeJump(jumps);
    adapter.attach(player);
    adapter.handleStateChange(PLAYER_STATE.PLAYING);
    vi.advanceTimersByTime(100);
    // A background tab: the clock moves 30 s between two readings, at 2x speed.
    vi.setSystemTime(Date.now() + 29_900);
    player.time = 60;
    vi.advanceTimersByTime(100);
    expect(adapter.getTime()).toBe(60);
    expect(jumps).not.toHaveBeenCalled();
  });

  it('counts its own seeks as jumps', () => {
    const adapter = createPlayerAdapter();
    const jumps = vi.fn();
    adapter.subscribeJump(jumps);
    adapter.seekTo(278);
    expect(jumps).toHaveBeenCalledTimes(1);
  });

  it('starts at the deep-linked time and clamps seeks at zero', () => {
    const adapter = createPlayerAdapter({ initialTime: 2015 });
    expect(adapter.getTime()).toBe(2015);
    adapter.seekTo(-10);
    expect(adapter.getTime()).toBe(0);
  });

  it('polls from attach when the player is already playing', () => {
    const adapter = createPlayerAdapter({ pollIntervalMs: 100 });
    const player = new StubPlayer();
    player.state = PLAYER_STATE.PLAYING;
    player.time = 12;
    adapter.attach(player);
    vi.advanceTimersByTime(100);
    expect(adapter.getTime()).toBe(12);
  });
});
