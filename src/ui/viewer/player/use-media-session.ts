/**
 * The talk in the system's media controls (lock screen, headset, the browser's media hub) while its own
 * media plays here: see `player/media/media-session.ts`. The chapter shown follows the one being spoken.
 */
import { useEffect, useMemo, useRef } from 'react';
import { type MediaSessionLink, type SessionMetadata, connectMediaSession } from '../../../player/media/media-session.ts';
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import type { Talk } from '../../../transcript/types.ts';
import { useLatest } from '../../shared/use-latest.ts';

/** Talkline's mark (the page's icon), for a talk with no picture of its own. */
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%232b59c3'/%3E%3Cpath d='M4 5h8M4 8h6M4 11h7' stroke='white' stroke-width='1.6' stroke-linecap='round'/%3E%3C/svg%3E";

/** The mark drawn as a 512 px PNG, which every system's media controls show (not all draw SVG); null until drawn. */
let iconPng: string | null = null;

/** Draws `iconPng` once; resolves when it is there (or could not be drawn). */
async function drawIcon(): Promise<void> {
  if (iconPng !== null || typeof document === 'undefined') return;
  try {
    const image = new Image();
    image.src = ICON;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 512;
    canvas.getContext('2d')?.drawImage(image, 0, 0, 512, 512);
    iconPng = canvas.toDataURL('image/png');
  } catch {
    // The SVG alone, then.
  }
}

/**
 * What the system shows for `talk` while `chapter` is spoken. The picture is the site's mark, never the
 * talk's YouTube thumbnail: a talk that plays its own media loads nothing from YouTube.
 */
export function sessionMetadata(talk: Talk, chapter: { title: string } | null): SessionMetadata {
  return {
    title: talk.title,
    artist: chapter?.title ?? talk.speakers.map((speaker) => speaker.name).join(', '),
    album: 'Talkline',
    artwork: [{ src: ICON, sizes: 'any', type: 'image/svg+xml' }, ...(iconPng === null ? [] : [{ src: iconPng, sizes: '512x512', type: 'image/png' }])],
  };
}

export function useMediaSession(player: MediaPlayer, talk: Talk, chapter: { title: string } | null): void {
  const starts = useMemo(() => talk.chapters.map((item) => item.start), [talk.chapters]);
  const metadata = useMemo(() => sessionMetadata(talk, chapter), [talk, chapter]);
  const link = useRef<MediaSessionLink | null>(null);
  const metadataRef = useLatest(metadata);
  const describeRef = useLatest(() => sessionMetadata(talk, chapter));
  useEffect(() => {
    const connected = connectMediaSession(player, starts);
    connected?.update(metadataRef.current);
    link.current = connected;
    // Once the picture is drawn as a PNG, the system gets it too.
    if (connected !== null && iconPng === null) void drawIcon().then(() => link.current?.update(describeRef.current()));
    return () => {
      connected?.disconnect();
      link.current = null;
    };
  }, [player, starts, metadataRef, describeRef]);
  useEffect(() => {
    link.current?.update(metadata);
  }, [metadata]);
}
