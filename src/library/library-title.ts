/**
 * The library's own name: the show its talks are episodes of. A folder that `talkline import` filled names
 * its show in every talk (`show:`); the home page is then headed by the show's title, not "Talkline". Talks
 * that name no show (one added by hand) do not change that; talks of two shows leave the library unnamed.
 */
import { english } from '../i18n/english.ts';
import type { Translate } from '../i18n/translate.ts';
import type { TalkSummary } from './manifest.ts';

/** The show every talk that names one names, or null (none does, or they name different shows). */
export function libraryTitle(talks: ReadonlyArray<{ summary: Pick<TalkSummary, 'show'> }>): string | null {
  let title: string | null = null;
  for (const { summary } of talks) {
    if (summary.show === undefined) continue;
    if (title !== null && summary.show !== title) return null;
    title = summary.show;
  }
  return title;
}

/** How the list names an episode's place: `Episode 12`, `Season 2, episode 12`, `Season 2`, in `t`'s language; null for another talk. */
export function episodeLabel(summary: Pick<TalkSummary, 'season' | 'episode'>, t: Translate = english): string | null {
  const { season, episode } = summary;
  if (episode !== undefined) return season === undefined ? t('Episode {episode}', { episode }) : t('Season {season}, episode {episode}', { season, episode });
  return season === undefined ? null : t('Season {season}', { season });
}
