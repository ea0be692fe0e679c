/**
 * The player's side for a talk with its own audio or video, in place of YouTube's panel: the media view
 * and, under it, the same caption (the chapter being spoken, the keys' help). Part of the media player's
 * chunk (`media-parts.ts`), so a YouTube talk's page carries none of it.
 */
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import type { MediaFile } from '../../../transcript/media.ts';
import type { Talk } from '../../../transcript/types.ts';
import { useSpokenMoment } from '../playback/playback-bindings.tsx';
import type { PlaybackStore } from '../playback/playback-store.ts';
import { MediaView } from './media-view.tsx';
import { PlayerCaption } from './player-panel.tsx';

export interface MediaPanelProps {
  store: PlaybackStore;
  talk: Talk;
  seekTimes: readonly number[];
  adapter: MediaPlayer;
  file: MediaFile;
  onShowShortcuts: () => void;
  onShowChapters?: (() => void) | undefined;
}

export function MediaPanel({ store, talk, seekTimes, adapter: player, file, onShowShortcuts, onShowChapters }: MediaPanelProps) {
  const { momentSeconds, chapter } = useSpokenMoment(store, talk, seekTimes);
  return (
    <section className="player-panel" aria-label={file.kind === 'audio' ? 'Audio' : 'Video'}>
      <MediaView player={player} file={file} talk={talk} momentSeconds={momentSeconds} chapter={chapter} />
      <PlayerCaption talkTitle={talk.title} chapter={chapter} onShowShortcuts={onShowShortcuts} onShowChapters={onShowChapters} />
    </section>
  );
}
