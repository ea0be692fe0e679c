/**
 * The English catalog, as a type: every message the page says, keyed by its English text (see
 * `translate.ts`). A message used with `t()` must be listed here, and every language's file
 * (`messages/<code>.ts`) must translate each one: the type checker holds both.
 *
 * - `{name}` is a placeholder, filled by `t(message, { name })`;
 * - `one|other` is a plural: `t('{count} turn|{count} turns', { count })`. A language's file gives the
 *   forms its `Intl.PluralRules` names (Russian: `one`, `few`, `many` and `other`, for fractions).
 */
export type Message =
  | 'Not a talk here'
  | 'This address is not a talk here'
  | 'There is no page at this address. It may be mistyped, or the talk may have moved or been taken down.'
  | 'Go to the library’s home page'
  | 'to find the talk.'
  | 'Loading the talk…'
  | 'Opening the file…'
  | 'Loading the library…'
  | 'Something went wrong showing this talk'
  | 'The page hit an unexpected error: {message}'
  | 'Reload the page'
  | 'Open in Talkline'
  | 'Paste into a post or page:'
  | 'Copied'
  | 'Copy the snippet'
  | 'Embed'
  | '{count} match|{count} matches'
  | 'and {count} more turn in this talk|and {count} more turns in this talk'
  | 'Reading talks: {number} of {count}…'
  | 'Searching…'
  | 'No talk matches'
  | '{count} talk matches|{count} talks match'
  | '{found} so far (searched {number} of {count} talks)…'
  | '{found}, gathering the best…'
  | 'Search every talk'
  | 'Results by talk'
  | 'Duration'
  | 'no chapters'
  | '{count} chapter|{count} chapters'
  | '{count} turn|{count} turns'
  | 'Audio'
  | 'Video'
  | 'and {count} other|and {count} others'
  | 'Cannot be opened'
  | 'Has problems'
  | 'Talks'
  | 'Show {count} more'
  | 'of {count} talks'
  | 'Opened on this computer'
  | '{count} talk|{count} talks'
  | '{count} episode|{count} episodes'
  | 'The list of talks could not be loaded ({problem}). Reload the page.'
  | 'No talks here yet. Put talk files (markdown, WebVTT, SubRip or Podcasting 2.0 JSON) in content/ and rebuild, or open a transcript of your own.'
  | 'No such talk'
  | 'All talks'
  | 'This file could not be opened'
  | 'has a problem that stops it from showing:|has problems that stop it from showing:'
  | 'Talkline reads its talk markdown, WebVTT (YouTube auto-captions included), SubRip and Podcasting 2.0 JSON. Fix the file and open it again, or open another one.'
  | 'Open another file…'
  | 'Back'
  | 'This file is not here'
  | 'Files you open are read and remembered in this browser only. This one was forgotten, or the link comes from another browser or computer. Open the file again to see it.'
  | 'about {time}, estimated'
  | 'Tools'
  | 'Language'
  | "The recording's captions (WebVTT, SubRip or Podcasting 2.0 JSON); read on this computer, never uploaded"
  | 'Compare with a subtitle file…'
  | 'Check against captions…'
  | 'Caption file to check against'
  | 'Export'
  | 'This menu could not be loaded. Check the connection, then close it and open it again.'
  | 'Loading…'
  | 'Markdown, WebVTT, SubRip or Podcasting 2.0 JSON; read on this computer, never uploaded'
  | 'Open transcript…'
  | 'Recent files'
  | 'Talks and files'
  | 'Chapters'
  | 'Link copied'
  | 'Copying failed: use the time link instead'
  | 'Copy link to this moment ({time})'
  | 'Copy link to this moment'
  | 'Copy failed: use the time link'
  | "This talk's video id is not valid."
  | 'A YouTube id is 11 letters, digits, - or _. The transcript still works; fix the id in the talk file to see the video.'
  | 'This talk names no video.'
  | 'Its transcript is all there is; the times still show where each turn falls.'
  | 'The transcript works without it: click any line to move through the talk.'
  | 'Your browser kept the video from starting: press play in the video.'
  | 'The transcript follows as soon as it plays.'
  | 'Watch on YouTube at this moment'
  | 'Video: {title}'
  | 'Show the chapters'
  | 'Keyboard shortcuts'
  | 'Chapter {number}/{count}'
  | 'Go to {time}'
  | 'Search failed: the search code did not load ({error}). Try again, or reload the page.'
  | 'Search transcript'
  | 'Search transcript ( / )'
  | 'Speaker'
  | 'Everyone'
  | 'Order of the results'
  | 'No results'
  | '{number} of {count}'
  | '{count} result|{count} results'
  | 'Previous result'
  | 'Previous result (Shift+Enter)'
  | 'Next result'
  | 'Next result (Enter)'
  | 'Results list'
  | 'Show or hide the results'
  | 'Clear search'
  | 'Clear search (Escape)'
  | 'Search failed: {error}. Try again, or reload the page.'
  | 'Search results'
  | 'or'
  | 'Shortcuts work anywhere except while typing in a field, where only the search box keys apply.'
  | 'Shortcuts work anywhere except while typing in a field.'
  | 'Close'
  | '{count} note on this transcript|{count} notes on this transcript'
  | 'Less'
  | 'More'
  | 'Skip to transcript'
  | 'Back to now'
  | 'Transcript'
  | 'Now playing: '
  | 'Estimated time: the transcript gives no stamp here'
  | 'Play from here'
  | 'Play or pause'
  | 'Back 10 seconds'
  | 'Forward 10 seconds'
  | 'Previous turn'
  | 'Next turn'
  | 'Move through turns; Enter plays from the focused turn'
  | 'Show or hide these shortcuts'
  | 'Search the transcript'
  | 'In the search box: next or previous result'
  | 'In the search box: clear the search'
  | 'In order'
  | 'List the results in talk order, as Enter goes through them'
  | 'Best match'
  | 'List the best matches first; Enter still goes through the talk in order';

/** A message with forms by number. */
type Plural = `${string}|${string}`;

/** A plural's forms in one language, by the categories of `Intl.PluralRules`; `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One language's file: every message, a plural with its forms. */
export type Catalog = { readonly [K in Message]: K extends Plural ? PluralForms : string };

type Placeholder<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholder<Rest> : never;

/** What `t(key, …)` takes after the key: the placeholders' values, `count` (a number) for a plural. */
export type Params<K extends string> = K extends string
  ? [Placeholder<K> | (K extends Plural ? 'count' : never)] extends [never]
    ? []
    : [params: { [P in Placeholder<K> | (K extends Plural ? 'count' : never)]: P extends 'count' ? number : string | number }]
  : never;
