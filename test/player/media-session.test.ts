import { describe, expect, it } from 'vitest';
import { createMediaPlayer } from '../../src/player/media/media-player.ts';
import { type MediaSessionLike, type SessionMetadata, connectMediaSession, skipTarget } from '../../src/player/media/media-session.ts';
import { FakeMediaElement, FrameClock } from './fake-media-element.ts';

class FakeSession implements MediaSessionLike {
  metadata: unknown = null;
  playbackState = 'none';
  handlers = new Map<string, (details: { seekTime?: number; seekOffset?: number }) => void>();
  positions: Array<{ duration: number; playbackRate: number; position: number }> = [];
  setActionHandler(action: string, handler: ((details: { seekTime?: number; seekOffset?: number }) => void) | null): void {
    if (handler === null) this.handlers.delete(action);
    else this.handlers.set(action, handler);
  }
  setPositionState(state: { duration: number; playbackRate: number; position: number }): void {
    this.positions.push(state);
  }
  act(action: string, details: { seekTime?: number; seekOffset?: number } = {}): void {
    this.handlers.get(action)!(details);
  }
}

describe('skipTarget', () => {
  const starts = [0, 60, 300];
  it('goes to the next chapter, or back to this one’s start, or the one before when this one has just begun', () => {
    expect(skipTarget(starts, 10, 1)).toBe(60);
    expect(skipTarget(starts, 70, 1)).toBe(300);
    expect(skipTarget(starts, 310, 1)).toBe(310);
    expect(skipTarget(starts, 100, -1)).toBe(60);
    expect(skipTarget(starts, 61, -1)).toBe(0);
    expect(skipTarget(starts, 1, -1)).toBe(0);
  });

  it('skips 30 s on and 15 s back in a talk without chapters', () => {
    expect(skipTarget([], 100, 1)).toBe(130);
    expect(skipTarget([], 100, -1)).toBe(85);
    expect(skipTarget([], 5, -1)).toBe(0);
  });
});

describe('connectMediaSession', () => {
  function setUp() {
    const frames = new FrameClock();
    const player = createMediaPlayer({ requestFrame: frames.requestFrame, cancelFrame: frames.cancelFrame });
    const element = new FakeMediaElement();
    player.attach(element);
    element.loadMetadata(400);
    const session = new FakeSession();
    const link = connectMediaSession(player, [0, 60, 300], session, (metadata) => ({ ...metadata }))!;
    return { player, element, session, link };
  }

  it('drives the player from the system’s play, pause, seek and skip actions', () => {
    const { player, element, session } = setUp();
    session.act('play');
    expect(element.calls).toEqual(['play']);
    session.act('pause');
    expect(element.paused).toBe(true);
    session.act('seekto', { seekTime: 100 });
    expect(player.getTime()).toBe(100);
    session.act('seekforward');
    expect(player.getTime()).toBe(130);
    session.act('seekbackward', { seekOffset: 10 });
    expect(player.getTime()).toBe(120);
    session.act('nexttrack');
    expect(player.getTime()).toBe(300);
    session.act('previoustrack');
    expect(player.getTime()).toBe(60);
  });

  it('tells the system the position when it changes (not every frame), and what plays', () => {
    const { player, element, session, link } = setUp();
    expect(session.positions.at(-1)).toEqual({ duration: 400, playbackRate: 1, position: 0 });
    element.startPlaying();
    expect(session.playbackState).toBe('playing');
    player.setRate(1.5);
    expect(session.positions.at(-1)).toMatchObject({ playbackRate: 1.5 });
    const metadata: SessionMetadata = { title: 'Talk', artist: 'Chapter two', album: 'Talkline', artwork: [{ src: 'data:image/png;base64,' }] };
    link.update(metadata);
    expect(session.metadata).toEqual(metadata);
    link.disconnect();
    expect(session.handlers.size).toBe(0);
    expect(session.metadata).toBeNull();
  });

  it('does nothing in a browser without the API', () => {
    const player = createMediaPlayer();
    expect(connectMediaSession(player, [], undefined)).toBeNull();
  });
});
