/**
 * One episode as a talk markdown file: front matter (title, date, `media:` the enclosure's address,
 * duration, guid, episode and season numbers, the show), the episode's description as the preface in plain
 * text, the chapters as `##` headings where they start, then the transcript's turns with their stamps.
 * Written by the same `toMarkdown` as `talkline convert --to md`, so it reads back as the same talk.
 */
import { toMarkdown } from '../transcript/formats/markdown/to-markdown.ts';
import { formatClock } from '../transcript/time/clock.ts';
import type { Talk, Turn } from '../transcript/types.ts';
import { htmlToText } from './html-text.ts';
import type { FeedEpisode } from './parse-feed.ts';
import { placeChapters } from './place-chapters.ts';
import type { FeedChapter } from './read-chapters.ts';

export interface EpisodeInput {
  /** The show's title, written as `show:` so the library can be named after it. */
  show: string;
  episode: FeedEpisode;
  /** The transcript's turns, as its reader made them. */
  turns: readonly Turn[];
  /** False for a transcript without times (HTML, plain text): its chapters cannot be placed. */
  timed: boolean;
  chapters: readonly FeedChapter[];
}

export interface EpisodeTalk {
  markdown: string;
  /** Chapters written as headings. */
  chapters: number;
  /** Chapters that could not be placed: after the transcript's end, or in a transcript without times. */
  droppedChapters: number;
}

/** A line that would read as markup in a talk file: a heading, a stamp, a speaker label (see `to-markdown.ts`). */
const HEADING = /^#{1,6}(?:\s+|$)/;
const STAMP = /^\[(\d{1,3}(?::\d{1,2})?:\d{2})\]/;
const LABEL = /^\*\*([^*]{1,80})\*\*/;

/**
 * The description as a preface: plain text whose lines never read as a chapter, a stamp or a speaker's
 * turn (which would end the preface there). Show notes often list `[12:34] Topic` or `## Links`: the
 * markup is taken off those lines (`12:34 Topic`, `Links`), the words stay.
 */
export function plainPreface(description: string): string {
  return htmlToText(description)
    .split('\n')
    .map((line) => {
      let text = line;
      for (let changed = true; changed;) {
        const before = text;
        text = text.replace(HEADING, '').replace(STAMP, '$1').replace(LABEL, '$1').trimStart();
        changed = text !== before;
      }
      return text;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Whole-second stamps that only increase, as a talk file writes them: a turn that starts in the same second
 * as the one before (or earlier) is left unstamped, and its start is estimated between its neighbours.
 */
function wholeSecondStamps(turns: readonly Turn[]): Turn[] {
  let last = -1;
  return turns.map((turn) => {
    const second = turn.stamp === null ? null : Math.floor(turn.stamp);
    if (second === null || second <= last) return { ...turn, stamp: null, estimated: true };
    last = second;
    return { ...turn, stamp: second, start: second, estimated: false };
  });
}

/** The episode's talk file; see the module comment. */
export function episodeTalk(input: EpisodeInput): EpisodeTalk {
  const { episode } = input;
  const placed = input.timed ? placeChapters(input.turns, input.chapters) : { turns: [...input.turns], chapters: [], dropped: [...input.chapters] };
  const meta: Record<string, string> = {};
  if (episode.media !== null) meta.media = episode.media.url;
  if (episode.duration !== null) meta.duration = formatClock(episode.duration);
  if (episode.guid !== null) meta.guid = episode.guid;
  if (episode.season !== null) meta.season = episode.season;
  if (episode.episode !== null) meta.episode = episode.episode;
  if (input.show !== '') meta.show = input.show;
  const turns = wholeSecondStamps(placed.turns);
  const talk: Talk = {
    title: episode.title,
    date: episode.date,
    description: plainPreface(episode.description),
    videoId: null,
    chapters: placed.chapters.map((chapter) => ({ ...chapter, start: turns[chapter.firstTurn]?.start ?? chapter.start })),
    speakers: [],
    turns,
    duration: episode.duration ?? 0,
    meta,
    format: 'markdown',
  };
  return { markdown: toMarkdown(talk), chapters: placed.chapters.length, droppedChapters: placed.dropped.length };
}
