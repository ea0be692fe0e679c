/**
 * The talk in the system's media controls (lock screen, headset, the browser's media hub) while its own
 * media plays here: see `player/media/media-session.ts`. The chapter shown follows the one being spoken.
 */
import { useEffect, useMemo, useRef } from 'react';
import { type MediaSessionLink, type SessionMetadata, connectMediaSession } from '../../../player/media/media-session.ts';
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import type { Talk } from '../../../transcript/types.ts';

/** Talkline's mark (the page's icon), for a talk with no picture of its own. */
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%232b59c3'/%3E%3Cpath d='M4 5h8M4 8h6M4 11h7' stroke='white' stroke-width='1.6' stroke-linecap='round'/%3E%3C/svg%3E";

/** What the system shows for `talk` while `chapter` is spoken. */
export function sessionMetadata(talk: Talk, chapter: { title: string } | null): SessionMetadata {
  return {
    title: talk.title,
    artist: chapter?.title ?? talk.speakers.map((speaker) => speaker.name).join(', '),
    album: 'Talkline',
    // The YouTube video's picture when the talk has one; else the site's mark.
    artwork:
      talk.videoId === null
        ? [{ src: ICON, sizes: 'any', type: 'image/svg+xml' }]
        : [{ src: `https://i.ytimg.com/vi/${talk.videoId}/hqdefault.jpg`, sizes: '480x360', type: 'image/jpeg' }],
  };
}

export function useMediaSession(player: MediaPlayer, talk: Talk, chapter: { title: string } | null): void {
  const starts = useMemo(() => talk.chapters.map((item) => item.start), [talk.chapters]);
  const metadata = useMemo(() => sessionMetadata(talk, chapter), [talk, chapter]);
  const link = useRef<MediaSessionLink | null>(null);
  const latest = useRef(metadata);
  latest.current = metadata;
  useEffect(() => {
    const connected = connectMediaSession(player, starts);
    connected?.update(latest.current);
    link.current = connected;
    return () => {
      connected?.disconnect();
      link.current = null;
    };
  }, [player, starts]);
  useEffect(() => {
    link.current?.update(metadata);
  }, [metadata]);
}
