/**
 * The media player's code, one chunk that only talks with their own audio or video load (`talk-viewer.tsx`
 * asks for it; the build has their pages preload it with their first script): a YouTube talk's first page
 * carries none of it.
 */
import { type MediaPlayer, createMediaPlayer } from '../../../player/media/media-player.ts';
import { probeMedia } from '../../../player/media/probe-media.ts';
import type { MediaFile } from '../../../transcript/media.ts';

export { MediaPanel } from './media-panel.tsx';

/** The player for `file`, cued at `initialTime` (a deep link). */
export function createPlayerFor(file: MediaFile, initialTime: number): MediaPlayer {
  return createMediaPlayer({ initialTime, type: file.type, probe: () => probeMedia(file.url) });
}
