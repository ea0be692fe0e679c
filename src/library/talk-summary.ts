/** A talk's summary for the library list, from the talk model and what the reader said about it. */
import type { Diagnostic, Talk, TalkFormat } from '../transcript/types.ts';
import { countWords } from '../transcript/words.ts';
import type { TalkSummary } from './manifest.ts';

/** Speakers listed per talk; a panel of twenty would crowd the list, the count says the rest. */
export const MAX_SPEAKERS = 6;

/** Sums up a talk; `talk` null (it could not be read) gives an empty summary carrying the errors. */
export function summarizeTalk(talk: Talk | null, diagnostics: readonly Diagnostic[], fallback: { title: string; format: TalkFormat }): TalkSummary {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const counts = { errorCount: errors.length, warningCount: diagnostics.length - errors.length, firstError: errors[0]?.message ?? null };
  if (talk === null) {
    return { title: fallback.title, date: null, duration: 0, speakers: [], speakerCount: 0, chapterCount: 0, turnCount: 0, wordCount: 0, format: fallback.format, videoId: null, ...counts };
  }
  const speakers = [...talk.speakers].sort((a, b) => b.turns - a.turns).slice(0, MAX_SPEAKERS).map((s) => s.name);
  return {
    title: talk.title || fallback.title,
    date: talk.date,
    duration: Math.round(talk.duration),
    speakers,
    speakerCount: talk.speakers.length,
    chapterCount: talk.chapters.length,
    turnCount: talk.turns.length,
    wordCount: talk.turns.reduce((n, turn) => n + countWords(turn.text), 0),
    format: talk.format,
    videoId: talk.videoId,
    ...counts,
    ...episodeOf(talk.meta),
  };
}

/** A talk's place in a podcast, from its front matter; none of the keys for another talk. */
function episodeOf(meta: Readonly<Record<string, string>>): Pick<TalkSummary, 'show' | 'season' | 'episode'> {
  const value = (key: string): string | undefined => {
    const text = meta[key]?.trim();
    return text === undefined || text === '' ? undefined : text.slice(0, 200);
  };
  const [show, season, episode] = [value('show'), value('season'), value('episode')];
  return { ...(show === undefined ? {} : { show }), ...(season === undefined ? {} : { season }), ...(episode === undefined ? {} : { episode }) };
}
