/**
 * A module of its own: a talk's own media offers the link too (`media-view.tsx`), and should not fetch
 * the YouTube player's notes (`player-fallback.tsx`) with it.
 */
import { watchUrl } from '../../../player/watch-url.ts';
import { useT } from '../../shared/i18n.tsx';

/** "Watch on YouTube at this moment", for a valid id only (also under a talk's own media). */
export function WatchLink({ videoId, seconds, className = 'watch-link' }: { videoId: string; seconds: number; className?: string }) {
  const href = watchUrl(videoId, seconds);
  const t = useT();
  if (href === null) return null;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {t('Watch on YouTube at this moment')}
    </a>
  );
}
