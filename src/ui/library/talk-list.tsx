import { memo, useState } from 'react';
import { episodeLabel } from '../../library/library-title.ts';
import type { LibraryEntry } from '../../library/manifest.ts';
import { talkHref } from '../../library/routes.ts';
import { formatClock } from '../../transcript/time/clock.ts';
import type { TalkFormat } from '../../transcript/types.ts';
import { followLink } from '../shared/navigation.ts';
import { formatDate } from '../shared/format-time.ts';
import { useLanguage, useT } from '../shared/i18n.tsx';

const FORMAT_NAMES: Record<TalkFormat, string> = {
  markdown: 'Markdown',
  webvtt: 'WebVTT',
  srt: 'SubRip',
  'podcast-json': 'JSON',
};

function TalkItem({ entry }: { entry: LibraryEntry }) {
  const { summary } = entry;
  const { t, lang } = useLanguage();
  const broken = summary.turnCount === 0;
  const moreSpeakers = summary.speakerCount - summary.speakers.length;
  const episode = episodeLabel(summary, t);
  return (
    <li className="library-talk" data-slug={entry.slug}>
      <h2 className="library-talk-title">
        <a href={talkHref(entry.slug)} onClick={followLink}>
          {summary.title}
        </a>
      </h2>
      <p className="library-talk-meta">
        {episode === null ? null : <span className="library-episode">{episode}</span>}
        {summary.date === null ? null : <time dateTime={summary.date}>{formatDate(summary.date, lang, 'medium')}</time>}
        {broken ? null : <span title={t('Duration')}>{formatClock(summary.duration)}</span>}
        {broken ? null : <span>{summary.chapterCount === 0 ? t('no chapters') : t('{count} chapter|{count} chapters', { count: summary.chapterCount })}</span>}
        {broken ? null : <span>{t('{count} turn|{count} turns', { count: summary.turnCount })}</span>}
        <span className="library-format">{FORMAT_NAMES[summary.format]}</span>
        {/* A talk that plays its own recording: a podcast's listeners look for the audio ones. */}
        {summary.media === undefined ? null : (
          <span className={`library-media library-media-${summary.media}`}>
            <span aria-hidden="true">{summary.media === 'audio' ? '♪ ' : '▶ '}</span>
            {summary.media === 'audio' ? t('Audio') : t('Video')}
          </span>
        )}
      </p>
      {summary.speakers.length > 0 ? (
        <p className="library-talk-speakers">
          {summary.speakers.join(', ')}
          {moreSpeakers > 0 ? ` ${t('and {count} other|and {count} others', { count: moreSpeakers })}` : ''}
        </p>
      ) : null}
      {summary.errorCount > 0 ? (
        <p className="library-talk-problem">
          {broken ? t('Cannot be opened') : t('Has problems')}: {summary.firstError}
        </p>
      ) : null}
    </li>
  );
}

/**
 * Talks listed at first, and added by each "Show more": a page of talks renders in a frame or two, where a
 * thousand at once take most of a second to build, and the search box finds any talk anyway.
 */
export const TALKS_PER_PAGE = 100;

/** Every talk of the library, in file-name order, a page at a time. Memoised: typing a search does not redraw the list. */
export const TalkList = memo(function TalkList({ talks }: { talks: readonly LibraryEntry[] }) {
  const [shown, setShown] = useState(TALKS_PER_PAGE);
  const t = useT();
  const rest = talks.length - shown;
  return (
    <>
      <ol className="library-talks" aria-label={t('Talks')}>
        {talks.slice(0, shown).map((entry) => (
          <TalkItem key={entry.slug} entry={entry} />
        ))}
      </ol>
      {rest > 0 ? (
        <p className="library-talks-more">
          <button type="button" onClick={() => setShown((n) => n + TALKS_PER_PAGE)}>
            {t('Show {count} more', { count: Math.min(rest, TALKS_PER_PAGE) })}
          </button>{' '}
          {t('of {count} talks', { count: talks.length })}
        </p>
      ) : null}
    </>
  );
});
