import type { Translate } from '../../i18n/translate.ts';
import { formatClock } from '../../transcript/time/clock.ts';

/**
 * A turn's time as shown: `29:41`, or `~29:41` when the source gave no stamp and the time is
 * estimated from word counts.
 */
export function turnTimeLabel(seconds: number, estimated: boolean): string {
  return estimated ? `~${formatClock(seconds)}` : formatClock(seconds);
}

/** The same time for screen readers, where "~" is not read out. */
export function turnTimeDescription(seconds: number, estimated: boolean, t: Translate): string {
  return estimated ? t('about {time}, estimated', { time: formatClock(seconds) }) : formatClock(seconds);
}

/** A talk's date (`2024-05-01`, or a full ISO time) as the page's language writes it: `May 1, 2024`, `1 мая 2024 г.`. */
export function formatDate(iso: string, lang: string, style: 'medium' | 'long'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(date);
}
