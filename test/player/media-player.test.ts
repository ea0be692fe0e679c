import { describe, expect, it } from 'vitest';
import { type MediaPlayerOptions, createMediaPlayer } from '../../src/player/media/media-player.ts';
import { FakeMediaElement, FrameClock } from './fake-media-element.ts';

function setUp(options: MediaPlayerOptions = {}) {
  const frames = new FrameClock();
  const player = createMediaPlayer({ requestFrame: frames.requestFrame, cancelFrame: frames.cancelFrame, ...options });
  const element = new FakeMediaElement();
  const times: number[] = [];
  let jumps = 0;
  player.subscribeTime((seconds) => times.push(seconds));
  player.subscribeJump(() => (jumps += 1));
  return { player, element, frames, times, jumps: () => jumps };
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createMediaPlayer', () => {
  it('cues a deep link once the file’s length is known, without playing', () => {
    const { player, element } = setUp({ initialTime: 125 });
    expect(player.getTime()).toBe(125);
    player.attach(element);
    expect(element.calls).toEqual([]);
    expect(player.getStatus().phase).toBe('loading');
    element.loadMetadata(600);
    expect(element.calls).toEqual(['seek 125']);
    expect(player.getStatus()).toMatchObject({ phase: 'ready', playback: 'unstarted' });
    expect(player.isPlaying()).toBe(false);
    // The element's own `seeking` for that cue is not a jump of the reader's.
    element.fire('seeking');
    expect(player.getInfo()).toEqual({ duration: 600, rate: 1 });
  });

  it('keeps the commands given before the element, asks it to play at once, and seeks once it can', () => {
    const { player, element, jumps } = setUp();
    player.seekTo(10);
    player.seekTo(278, { play: true });
    expect(player.getTime()).toBe(278);
    expect(player.isPlaying()).toBe(true);
    expect(jumps()).toBe(2);
    player.attach(element);
    // Within the reader's gesture: a browser grants play only then.
    expect(element.calls).toEqual(['play']);
    element.loadMetadata(600);
    expect(element.calls).toEqual(['play', 'seek 278']);
  });

  it('reads the time at every frame while playing, and not at all while paused', () => {
    const { player, element, frames, times } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    player.play();
    element.startPlaying();
    expect(frames.pending).toBe(1);
    for (const t of [0.016, 0.033, 0.05]) {
      element.currentTimeValue = t;
      frames.run();
    }
    expect(times).toEqual([0.016, 0.033, 0.05]);
    expect(frames.pending).toBe(1);
    element.currentTimeValue = 0.06;
    element.pause();
    element.fire('pause');
    expect(frames.pending).toBe(0);
    expect(player.getTime()).toBe(0.06);
    expect(player.getStatus().playback).toBe('paused');
    expect(player.isPlaying()).toBe(false);
    // A frame asked for before the pause stops by itself.
    frames.run();
    expect(frames.pending).toBe(0);
  });

  it('follows `timeupdate` where frames do not run (a tab in the background)', () => {
    const { player, element, frames } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    element.startPlaying();
    element.currentTimeValue = 4.25;
    element.fire('timeupdate');
    expect(player.getTime()).toBe(4.25);
    expect(frames.pending).toBe(1);
  });

  it('seeks a ready element straight away, plays on request, and clamps to the file’s length', () => {
    const { player, element } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    player.seekTo(42);
    expect(element.calls).toEqual(['seek 42']);
    expect(element.paused).toBe(true);
    player.seekTo(-5, { play: true });
    expect(element.calls).toEqual(['seek 42', 'seek 0', 'play']);
    player.seekTo(9999);
    expect(player.getTime()).toBe(600);
  });

  it('tells its own seeks from a jump made elsewhere (the system’s media controls)', () => {
    const { player, element, jumps } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    player.seekTo(30);
    expect(jumps()).toBe(1);
    element.fire('seeking');
    expect(jumps()).toBe(1);
    element.currentTimeValue = 200;
    element.fire('seeking');
    expect(jumps()).toBe(2);
    expect(player.getTime()).toBe(200);
  });

  it('ends at the end: not playing, frames stopped', () => {
    const { player, element, frames } = setUp();
    player.attach(element);
    element.loadMetadata(10);
    element.startPlaying();
    element.currentTimeValue = 10;
    element.paused = true;
    element.ended = true;
    element.fire('pause');
    element.fire('ended');
    expect(player.getStatus().playback).toBe('ended');
    expect(player.isPlaying()).toBe(false);
    expect(frames.pending).toBe(0);
    expect(player.getTime()).toBe(10);
  });

  it('reports a play the browser refused (autoplay rules), and clears it once playing', async () => {
    const { player, element } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    element.refusePlay = true;
    player.play();
    await settle();
    expect(player.getStatus().startBlocked).toBe(true);
    element.refusePlay = false;
    player.play();
    expect(player.getStatus().startBlocked).toBe(false);
    element.startPlaying();
    expect(player.getStatus()).toMatchObject({ playback: 'playing', startBlocked: false });
  });

  it('plays at the speed asked for, before and after the element comes', () => {
    const { player, element } = setUp({ rate: 1.5 });
    let changes = 0;
    player.subscribeInfo(() => (changes += 1));
    player.setRate(1.25);
    expect(player.getInfo().rate).toBe(1.25);
    player.attach(element);
    expect(element.playbackRate).toBe(1.25);
    expect(element.defaultPlaybackRate).toBe(1.25);
    player.setRate(2);
    expect(element.playbackRate).toBe(2);
    expect(player.getInfo().rate).toBe(2);
    player.setRate(0);
    expect(player.getInfo().rate).toBe(2);
    expect(changes).toBe(2);
  });

  it('drops the element and its listeners on dispose; commands then do nothing', () => {
    const { player, element, frames } = setUp();
    player.attach(element);
    element.loadMetadata(600);
    element.startPlaying();
    expect(element.listenerCount()).toBeGreaterThan(0);
    player.dispose();
    expect(element.listenerCount()).toBe(0);
    expect(frames.pending).toBe(0);
    player.seekTo(10);
    expect(element.calls).toEqual([]);
  });
});

describe('media failures, each its own', () => {
  const failure = async (code: number, options: MediaPlayerOptions = {}, playable = 'maybe') => {
    const { player, element } = setUp({ type: 'audio/mpeg', ...options });
    element.playable = playable;
    player.attach(element);
    element.failWith(code);
    await settle();
    return player.getStatus();
  };

  it('a type the browser says it cannot play fails before anything is fetched', () => {
    const { player, element } = setUp({ type: 'audio/ogg; codecs="opus"' });
    element.playable = '';
    player.attach(element);
    expect(player.getStatus()).toMatchObject({ phase: 'failed', error: { kind: 'media', problem: 'unsupported' } });
    player.play();
    expect(element.calls).toEqual([]);
  });

  it('network and decoding errors say so', async () => {
    expect((await failure(2)).error).toEqual({ kind: 'media', problem: 'network' });
    expect((await failure(3)).error).toEqual({ kind: 'media', problem: 'decode' });
    // An aborted fetch (the reader left) is no failure.
    expect((await failure(1)).phase).toBe('loading');
  });

  it('a file the element could not open is asked for again: missing, refused, unreachable, or unreadable', async () => {
    expect((await failure(4, { probe: async () => ({ status: 404, page: false }) })).error).toEqual({ kind: 'media', problem: 'not-found', status: 404 });
    expect((await failure(4, { probe: async () => ({ status: 410, page: false }) })).error).toEqual({ kind: 'media', problem: 'not-found', status: 410 });
    expect((await failure(4, { probe: async () => ({ status: 403, page: false }) })).error).toEqual({ kind: 'media', problem: 'network', status: 403 });
    expect((await failure(4, { probe: async () => null })).error).toEqual({ kind: 'media', problem: 'network' });
    expect((await failure(4, { probe: () => Promise.reject(new Error('offline')) })).error).toEqual({ kind: 'media', problem: 'network' });
    // A host that answers any address with its home page: the file is not there either.
    expect((await failure(4, { probe: async () => ({ status: 200, page: true }) })).error).toEqual({ kind: 'media', problem: 'not-found' });
    // There, and a type this browser plays: the bytes are what it cannot read.
    expect((await failure(4, { probe: async () => ({ status: 200, page: false }) })).error).toEqual({ kind: 'media', problem: 'decode' });
    expect((await failure(4, { probe: async () => ({ status: 206, page: false }) }, '')).error).toEqual({ kind: 'media', problem: 'unsupported' });
  });

  it('keeps its time after a failure, so the transcript goes on working', async () => {
    const { player, element } = setUp({ probe: async () => ({ status: 404, page: false }) });
    player.attach(element);
    element.failWith(4);
    await settle();
    player.seekTo(30, { play: true });
    expect(player.getTime()).toBe(30);
    expect(player.isPlaying()).toBe(false);
  });
});
