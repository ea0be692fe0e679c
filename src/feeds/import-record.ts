/**
 * What `talkline import` wrote into a folder, kept beside the talks as `.talkline-import.json` (a hidden file:
 * the library leaves it out without a word). For each episode: which file is its talk and the SHA-256 of the
 * bytes written there. So a later run knows
 * - which file belongs to which episode (by guid), whatever its title has become since;
 * - whether the file is still what was written (same hash: it may be rewritten when the feed's transcript
 *   changes) or was edited here (another hash: it is kept as it is);
 * - that the folder is an import's, which it may add to (any other folder with files is refused without
 *   `--force`).
 *
 * Episodes are a list, not an object keyed by guid: a guid is the feed's text and could be `__proto__`.
 */

export const RECORD_FILE = '.talkline-import.json';

/** The record's format; a later one that this cannot read is refused rather than rewritten. */
const VERSION = 1;

export interface RecordedEpisode {
  /** The episode's id in the feed (its guid, else its enclosure address; see `FeedEpisode.id`). */
  id: string;
  /** The talk file's name in the folder. */
  file: string;
  /** SHA-256 (hex) of the bytes last written to `file`. */
  sha256: string;
  /** The episode's title when it was written, for a person reading the record. */
  title: string;
}

export interface ImportRecord {
  /** Addresses (or file names) of the feeds imported into the folder. */
  feeds: string[];
  episodes: RecordedEpisode[];
}

export const emptyRecord = (): ImportRecord => ({ feeds: [], episodes: [] });

export type RecordResult = { ok: true; record: ImportRecord } | { ok: false; problem: string };

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads a record; a problem names what is wrong with it. */
export function parseRecord(text: string): RecordResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, problem: 'not a record of talkline import' };
  const { talklineImport, feeds, episodes } = data as { talklineImport?: unknown; feeds?: unknown; episodes?: unknown };
  if (typeof talklineImport !== 'number') return { ok: false, problem: 'not a record of talkline import' };
  if (talklineImport > VERSION) return { ok: false, problem: `written by a newer Talkline (record version ${talklineImport}); update Talkline` };
  if (!Array.isArray(feeds) || !feeds.every(isString) || !Array.isArray(episodes)) return { ok: false, problem: 'its "feeds" or "episodes" list is damaged' };
  const list: RecordedEpisode[] = [];
  for (const entry of episodes as unknown[]) {
    const { id, file, sha256, title } = (entry ?? {}) as Partial<Record<keyof RecordedEpisode, unknown>>;
    if (!isString(id) || !isString(file) || !isString(sha256) || !isSafeFileName(file))
      return { ok: false, problem: 'an entry of its "episodes" list is damaged' };
    list.push({ id, file, sha256, title: isString(title) ? title : '' });
  }
  return { ok: true, record: { feeds: [...feeds], episodes: list } };
}

/** The record as written: stable key order, one episode a line, so a diff of two runs reads easily. */
export function serializeRecord(record: ImportRecord): string {
  const episodes = record.episodes.map(
    (episode) => `    ${JSON.stringify({ id: episode.id, file: episode.file, sha256: episode.sha256, title: episode.title })}`,
  );
  return [
    '{',
    `  "talklineImport": ${VERSION},`,
    `  "feeds": ${JSON.stringify(record.feeds)},`,
    `  "episodes": [${episodes.length === 0 ? ']' : `\n${episodes.join(',\n')}\n  ]`}`,
    '}',
    '',
  ].join('\n');
}

/** A plain file name in the folder: no folder part, not hidden, not `.` or `..`. A record naming anything else is damaged. */
export function isSafeFileName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && !/[/\\\0]/.test(name);
}

/** The record's entry for an episode. */
export function recordedEpisode(record: ImportRecord, id: string): RecordedEpisode | undefined {
  return record.episodes.find((episode) => episode.id === id);
}

/** The record with `entry` in place of the episode's earlier one (or added at the end). */
export function withEpisode(record: ImportRecord, entry: RecordedEpisode): ImportRecord {
  const at = record.episodes.findIndex((episode) => episode.id === entry.id);
  const episodes = at < 0 ? [...record.episodes, entry] : record.episodes.map((episode, i) => (i === at ? entry : episode));
  return { ...record, episodes };
}

/** What to do with an episode's talk file, from the record, the file as it is and the talk as it would be written now. */
export type Decision =
  /** Write the file: new, updated from the feed, or re-created after it was deleted here. */
  | { action: 'write'; why: 'new' | 'changed' | 'deleted here' }
  /** The file already holds exactly this talk. */
  | { action: 'unchanged' }
  /** The file was edited here (or was there before the import knew it): it is kept, whatever the feed now says. */
  | { action: 'keep'; why: 'edited here' | 'not in the record'; feedChanged: boolean };

/**
 * @param recorded the hash written last time, or null when the record does not know the file
 * @param onDisk the file's hash now, or null when there is no such file
 * @param fresh the hash of the talk as it would be written now
 */
export function decide(recorded: string | null, onDisk: string | null, fresh: string): Decision {
  if (onDisk === null) return { action: 'write', why: recorded === null ? 'new' : 'deleted here' };
  // Whatever happened before (an edit that came to the same text, a run stopped between the file and the record), the file is right.
  if (onDisk === fresh) return { action: 'unchanged' };
  if (recorded === null) return { action: 'keep', why: 'not in the record', feedChanged: true };
  if (onDisk === recorded) return { action: 'write', why: 'changed' };
  return { action: 'keep', why: 'edited here', feedChanged: fresh !== recorded };
}
