/**
 * `talkline import FEED --out DIR [--limit N] [--since DATE] [--timeout SECONDS] [--force]`: a podcast's
 * RSS feed into a folder of talk files, one per episode that has a Podcasting 2.0 transcript, which
 * `talkline build DIR` turns into the show's transcript site.
 *
 * Safe to run again, and meant to be (after each new episode):
 * - an episode keeps its file (named from its title the first time) by its guid, in `.talkline-import.json`;
 * - a file still as it was written is rewritten when the feed's transcript or chapters change, left alone
 *   otherwise; a file edited here is never overwritten ("edited here, kept"); a deleted one is written again;
 * - a folder that holds other things is refused unless `--force`, and even then no file the import did not
 *   write is replaced; each file is written whole or not at all (`write-output.ts`).
 *
 * Prints one line per episode (written, unchanged, kept, skipped, failed), then the counts; exits 1 when an
 * episode failed, after doing all the others.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isTalklineSite } from '../../build/site-marker.ts';
import type { ChosenTranscript } from '../feeds/choose-transcript.ts';
import { chooseTranscript, KIND_NAMES } from '../feeds/choose-transcript.ts';
import { episodeTalk } from '../feeds/episode-talk.ts';
import { fileNameFor } from '../feeds/file-names.ts';
import {
  type Decision,
  type ImportRecord,
  RECORD_FILE,
  decide,
  emptyRecord,
  parseRecord,
  recordedEpisode,
  serializeRecord,
  withEpisode,
} from '../feeds/import-record.ts';
import { type Feed, type FeedEpisode, parseFeed } from '../feeds/parse-feed.ts';
import { type FeedChapter, readChapters } from '../feeds/read-chapters.ts';
import { readTextTranscript } from '../feeds/text-transcript.ts';
import { decodeText } from '../transcript/decode-text.ts';
import { readMediaTarget } from '../transcript/media.ts';
import { readFrontMatter } from '../transcript/formats/markdown/front-matter.ts';
import { readMarkdown } from '../transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { TalkFormat, Turn } from '../transcript/types.ts';
import { CONCURRENT_REQUESTS, type Fetched, fetchCapped, isWebAddress, limitConcurrency } from './fetch-capped.ts';
import { describeFsError } from './fs-error.ts';
import { readCapped } from './read-capped.ts';
import { MAX_INPUT_BYTES } from './read-input.ts';
import { withTempFile } from './interrupt-cleanup.ts';

export const DEFAULT_TIMEOUT_SECONDS = 30;

export interface ImportOptions {
  feed: string;
  out: string;
  /** Only the N newest episodes. */
  limit: number | undefined;
  /** Only episodes published on this day (`YYYY-MM-DD`) or later. */
  since: string | undefined;
  timeoutSeconds: number;
  force: boolean;
}

type Status = 'written' | 'unchanged' | 'kept' | 'skipped' | 'failed';

interface Outcome {
  status: Status;
  line: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
/** A path as a shell reads it back (quoted when it needs to be), so a suggested command can be pasted as it is. */
const shellWord = (word: string): string => (/^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);
const quoted = (title: string): string => `"${title.length > 80 ? `${title.slice(0, 77)}…` : title}"`;

/**
 * Writes `text` as the file `name` of `folder`, whole or not at all: into a hidden temporary file beside it
 * (removed on Ctrl-C), then renamed over the name. The folder's entry is replaced, never followed: a
 * symbolic link planted under an episode's name is replaced by the file, its target left alone. A file
 * replaced keeps its permissions.
 */
async function writeWhole(folder: string, name: string, text: string): Promise<void> {
  const file = path.join(folder, name);
  const temp = path.join(folder, `.${name}.${process.pid}.tmp`);
  let mode = 0o666;
  try {
    const old = lstatSync(file);
    if (old.isFile()) mode = old.mode & 0o777;
  } catch {
    // A new file: the default permissions (less the umask).
  }
  await withTempFile(temp, async () => {
    try {
      await rm(temp, { force: true });
      const handle = await open(temp, 'wx', mode);
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  });
}

/** The hash of `file` as it is; null when there is none; a mark that matches no hash for what is not a regular file (a link, a folder). */
function hashOnDisk(file: string): string | null {
  let stat;
  try {
    stat = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // A link, a folder: something put there by hand, which is kept as "edited here".
  return stat.isFile() ? sha256(readFileSync(file)) : 'not a regular file';
}

const FORMAT_NAMES: Partial<Record<TalkFormat, string>> = { 'podcast-json': 'JSON', webvtt: 'WebVTT', srt: 'SubRip' };

/** Why `DIR` may not receive the import, or null when it may. */
function refusal(target: string, shown: string, force: boolean): string | null {
  if (!existsSync(target)) return null;
  if (!statSync(target).isDirectory()) return `${shown}: is a file, not a folder; choose another --out folder`;
  if (isTalklineSite(target)) {
    return `${shown}: is a site Talkline built, which the next build replaces whole; import the talks into a folder of their own and build the site from it`;
  }
  if (force || existsSync(path.join(target, RECORD_FILE)) || readdirSync(target).length === 0) return null;
  return `${shown}: a folder of files talkline import did not write; choose another --out folder, or add --force to add the episodes beside them (no file already there is replaced)`;
}

/** The record in `target`, an empty one when there is none, or the problem with it. */
function loadRecord(target: string, shown: string): ImportRecord | string {
  const file = path.join(target, RECORD_FILE);
  if (!existsSync(file)) return emptyRecord();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `${path.join(shown, RECORD_FILE)}: cannot be read: ${describeFsError(error)}`;
  }
  const result = parseRecord(text);
  if (!result.ok) return `${path.join(shown, RECORD_FILE)}: ${result.problem}; it records what earlier imports wrote: move it away to import afresh`;
  return result.record;
}

/** The feed's bytes, from the web or a file, or the reason they cannot be had. */
async function readFeedBytes(feed: string, timeoutMs: number): Promise<Fetched> {
  if (isWebAddress(feed)) {
    return fetchCapped(feed, { timeoutMs, maxBytes: MAX_INPUT_BYTES, accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1' });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(feed)) return { ok: false, problem: "give the feed's http:// or https:// address, or a feed file" };
  try {
    const read = readCapped(feed, MAX_INPUT_BYTES);
    if (read.kind === 'folder') return { ok: false, problem: 'is a folder; give a feed file or address' };
    if (read.kind === 'too-large') return { ok: false, problem: `the file is more than ${MAX_INPUT_BYTES / 1048576} MB; feeds up to that size are read` };
    return { ok: true, bytes: read.bytes, url: feed, contentType: null };
  } catch (error) {
    const reason = describeFsError(error);
    return { ok: false, problem: reason === 'no such file' ? "no such file; give the feed's https:// address, or a feed file" : reason };
  }
}

/** The episodes to import: those published since `since`, the `limit` newest of them; in feed order. */
function selectEpisodes(feed: Feed, options: ImportOptions): FeedEpisode[] {
  let episodes = feed.episodes;
  if (options.since !== undefined) episodes = episodes.filter((episode) => episode.date !== null && episode.date >= options.since!);
  if (options.limit !== undefined && episodes.length > options.limit) {
    const newest = [...episodes].sort((a, b) => (b.published ?? Number.NEGATIVE_INFINITY) - (a.published ?? Number.NEGATIVE_INFINITY) || a.index - b.index);
    const kept = new Set(newest.slice(0, options.limit));
    episodes = episodes.filter((episode) => kept.has(episode));
  }
  return episodes;
}

/** The `guid:` a talk file's front matter names, or null (not a talk the import wrote, or unreadable). */
function guidIn(file: string): string | null {
  try {
    const head = readFileSync(file, 'utf8')
      .slice(0, 64 * 1024)
      .split(/\r\n|\r|\n/);
    return readFrontMatter(head).values.guid ?? null;
  } catch {
    return null;
  }
}

/**
 * File names for the episodes the record does not know yet, oldest first (the feed's last item first), so
 * the first of two episodes with one title keeps the plain name. Names of the record, and of every file in
 * the folder, are taken; a file whose front matter names the episode's guid is that episode's (an import
 * stopped before its record was written, or a record moved away).
 */
function planFileNames(episodes: readonly FeedEpisode[], record: ImportRecord, target: string): Map<string, { file: string; adopted: boolean }> {
  const taken = new Set(record.episodes.map((episode) => episode.file.toLowerCase()));
  const onDisk = new Map<string, string>();
  if (existsSync(target)) for (const name of readdirSync(target)) onDisk.set(name.toLowerCase(), name);
  const plan = new Map<string, { file: string; adopted: boolean }>();
  for (const episode of [...episodes].reverse()) {
    const known = recordedEpisode(record, episode.id);
    if (known !== undefined) {
      plan.set(episode.id, { file: known.file, adopted: false });
      continue;
    }
    if (plan.has(episode.id)) continue;
    let adopted: string | null = null;
    const file = fileNameFor(episode, (name) => {
      const lower = name.toLowerCase();
      if (taken.has(lower)) return true;
      const existing = onDisk.get(lower);
      if (existing === undefined) return false;
      if (episode.guid !== null && guidIn(path.join(target, existing)) === episode.guid) {
        adopted = existing;
        return false;
      }
      return true;
    });
    taken.add(file.toLowerCase());
    plan.set(episode.id, { file: adopted ?? file, adopted: adopted !== null });
  }
  return plan;
}

/** The transcript's turns, read with the format's reader, or why it is not a transcript. */
function readTranscript(bytes: Uint8Array, chosen: ChosenTranscript): { turns: Turn[]; timed: boolean; format?: string } | { problem: string } {
  const decoded = decodeText(bytes);
  if (decoded.text === null) return { problem: 'not a transcript (binary data)' };
  const text = decoded.text;
  const start = text.trimStart().slice(0, 200).toLowerCase();
  // A web page where a transcript should be (a login or error page answered with 200) is not one.
  if (chosen.kind !== 'html' && (start.startsWith('<!doctype html') || start.startsWith('<html'))) return { problem: 'not a transcript (an HTML page)' };
  if (chosen.kind === 'html' || chosen.kind === 'text') {
    const read = readTextTranscript(text, chosen.kind);
    return read === null ? { problem: 'not a transcript (no words in it)' } : read;
  }
  // The content decides the format, as for any file (a feed's type may be wrong); the kind's extension only
  // when the content does not tell.
  const result = readTalk(text, `transcript.${chosen.kind}`);
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (result.talk === null || error !== undefined) return { problem: `not a transcript (${error?.message ?? 'no turns'})` };
  if (result.talk.format === 'markdown') return { problem: 'not a transcript (not JSON, WebVTT or SubRip)' };
  // Named as read: a feed's `type` may say WebVTT of what is SubRip.
  return { turns: result.talk.turns, timed: true, format: FORMAT_NAMES[result.talk.format] };
}

interface Job {
  episode: FeedEpisode;
  file: string;
  adopted: boolean;
  chosen: ChosenTranscript;
}

export async function runImport(options: ImportOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const target = path.resolve(options.out);
  const problem = refusal(target, options.out, options.force);
  if (problem !== null) {
    err(`talkline: ${problem}`);
    return 1;
  }
  const loaded = loadRecord(target, options.out);
  if (typeof loaded === 'string') {
    err(`talkline: ${loaded}`);
    return 1;
  }
  let record = loaded;
  const feedKey = isWebAddress(options.feed) ? options.feed : path.resolve(options.feed);
  if (record.feeds.length > 0 && !record.feeds.includes(feedKey) && !options.force) {
    err(
      `talkline: ${options.out}: holds the episodes of another feed (${record.feeds[0]}); import this one into another --out folder, or add --force to add its episodes beside them`,
    );
    return 1;
  }

  const timeoutMs = options.timeoutSeconds * 1000;
  const fetched = await readFeedBytes(options.feed, timeoutMs);
  if (!fetched.ok) {
    err(`talkline: ${options.feed}: ${fetched.problem}`);
    return 1;
  }
  const decoded = decodeText(fetched.bytes);
  const parsed =
    decoded.text === null
      ? { ok: false as const, problem: 'not a feed (binary data)' }
      : parseFeed(decoded.text, isWebAddress(options.feed) ? fetched.url : undefined);
  if (!parsed.ok) {
    err(`talkline: ${options.feed}: ${parsed.problem}`);
    return 1;
  }
  const { feed } = parsed;
  const selected = selectEpisodes(feed, options);
  const leftOut = feed.episodes.length - selected.length;
  out(
    `${feed.title === '' ? 'The feed' : quoted(feed.title)}: ${plural(feed.episodes.length, 'episode')}${leftOut > 0 ? `, ${selected.length} of them imported (--limit, --since)` : ''}, into ${options.out}`,
  );

  // What each episode will be, in feed order: skipped ones are known at once.
  const seen = new Map<string, FeedEpisode>();
  const plans: Array<Job | Outcome> = selected.map((episode) => {
    const earlier = seen.get(episode.id);
    if (earlier !== undefined) return { status: 'skipped', line: `skipped    ${quoted(episode.title)}: the same guid as ${quoted(earlier.title)} above` };
    seen.set(episode.id, episode);
    const chosen = chooseTranscript(episode.transcripts, feed.language);
    const why =
      episode.transcripts.length === 0
        ? 'no transcript'
        : chosen === null
          ? `no transcript Talkline reads (${episode.transcripts.map((t) => t.type || 'no type').join(', ')})`
          : // An item without an enclosure is a post, not an episode: its page would have nothing to play.
            episode.media === null
            ? 'no audio (<enclosure>) to play beside the transcript'
            : null;
    if (why !== null || chosen === null) return { status: 'skipped', line: `skipped    ${quoted(episode.title)}: ${why}` };
    return { episode, chosen, file: '', adopted: false };
  });
  const jobs = plans.filter((plan): plan is Job => 'chosen' in plan);
  const names = planFileNames(
    jobs.map((job) => job.episode),
    record,
    target,
  );
  for (const job of jobs) Object.assign(job, names.get(job.episode.id));

  const limited = limitConcurrency(CONCURRENT_REQUESTS);
  const fetchLimited = (address: string) => limited(() => fetchCapped(address, { timeoutMs, maxBytes: MAX_INPUT_BYTES }));
  let recordProblem: string | null = null;
  let recordWrites = Promise.resolve();
  /** Saves the record after each file: a run stopped halfway still knows every file it wrote. */
  const remember = (update: (r: ImportRecord) => ImportRecord): Promise<void> => {
    recordWrites = recordWrites.then(async () => {
      record = update(record);
      if (!record.feeds.includes(feedKey)) record = { ...record, feeds: [...record.feeds, feedKey] };
      try {
        await writeWhole(target, RECORD_FILE, serializeRecord(record));
      } catch (error) {
        recordProblem ??= `talkline: cannot write ${path.join(options.out, RECORD_FILE)}: ${describeFsError(error)}`;
      }
    });
    return recordWrites;
  };

  const run = async (job: Job): Promise<Outcome> => {
    const { episode, chosen, file } = job;
    const title = quoted(episode.title);
    const [transcript, chaptersFetched] = await Promise.all([
      fetchLimited(chosen.transcript.url),
      episode.chapters === null ? null : fetchLimited(episode.chapters),
    ]);
    const fail = (reason: string): Outcome => ({ status: 'failed', line: `failed     ${title}: ${reason} (${chosen.transcript.url})` });
    if (!transcript.ok) return fail(`transcript ${transcript.problem}`);
    const read = readTranscript(transcript.bytes, chosen);
    if ('problem' in read) return fail(read.problem);

    const notes: string[] = [];
    let chapters: FeedChapter[] = [];
    if (chaptersFetched !== null) {
      const chaptersText = chaptersFetched.ok ? decodeText(chaptersFetched.bytes).text : null;
      const chaptersRead = chaptersText === null ? null : readChapters(chaptersText);
      if (!chaptersFetched.ok) notes.push(`chapters ${chaptersFetched.problem}, left out`);
      else if (chaptersRead === null || !chaptersRead.ok) notes.push(`chapters left out: ${chaptersRead?.problem ?? 'not a chapters file (binary data)'}`);
      else chapters = chaptersRead.chapters;
    }
    const talk = episodeTalk({ show: feed.title, episode, turns: read.turns, timed: read.timed, chapters });
    const chaptersOut = talk.droppedChapters === 1 ? 'its chapter is' : `its ${talk.droppedChapters} chapters are`;
    if (!read.timed) notes.push(`it has no times, so the talk is not timed${talk.droppedChapters > 0 ? ` and ${chaptersOut} left out` : ''}`);
    else if (talk.droppedChapters > 0) notes.push(`${plural(talk.droppedChapters, 'chapter')} after the transcript's end left out`);
    if (chosen.otherLanguage !== null) notes.push(`in ${chosen.otherLanguage}: none is in the show's language (${feed.language})`);
    // The enclosure is written as the feed gives it; a page plays only an https:// address of a known type.
    const media = episode.media === null ? null : readMediaTarget(episode.media.url);
    if (media !== null && !media.ok) notes.push(`its audio will not play in the page: ${media.message}`);
    const bytes = new TextEncoder().encode(talk.markdown);
    const fresh = sha256(bytes);
    const filePath = path.join(target, file);
    let onDisk: string | null;
    try {
      onDisk = hashOnDisk(filePath);
    } catch (error) {
      return fail(`${file} cannot be read: ${describeFsError(error)}`);
    }
    const known = recordedEpisode(record, episode.id);
    const decision: Decision = decide(job.adopted ? null : (known?.sha256 ?? null), onDisk, fresh);
    const entry = { id: episode.id, file, sha256: fresh, title: episode.title };
    if (decision.action === 'keep') {
      const why =
        decision.why === 'edited here'
          ? `edited here, kept (${decision.feedChanged ? "the feed's version changed: delete the file to take it" : "the feed's version is unchanged"})`
          : `kept: it was there before this import (${RECORD_FILE} does not list it); delete it to take the feed's version`;
      return { status: 'kept', line: `kept       ${file}: ${why}` };
    }
    if (decision.action === 'unchanged') {
      if (known?.sha256 !== fresh || known.file !== file) await remember((r) => withEpisode(r, entry));
      return { status: 'unchanged', line: `unchanged  ${file}: ${title}` };
    }
    try {
      mkdirSync(target, { recursive: true });
      await writeWhole(target, file, talk.markdown);
    } catch (error) {
      return { status: 'failed', line: `failed     ${title}: cannot write ${file}: ${describeFsError(error)}` };
    }
    await remember((r) => withEpisode(r, entry));
    const details = [`${read.format ?? KIND_NAMES[chosen.kind]} transcript`, talk.chapters > 0 ? plural(talk.chapters, 'chapter') : 'no chapters'];
    if (decision.why === 'changed') details.push("updated: the feed's version changed");
    if (decision.why === 'deleted here') details.push('deleted here, written again');
    const checked = readMarkdown(talk.markdown, file).diagnostics.length;
    if (checked > 0) details.push(`${plural(checked, 'note')}: talkline check ${shellWord(path.join(options.out, file))}`);
    return { status: 'written', line: `written    ${file}: ${title} (${[...details, ...notes].join('; ')})` };
  };

  // Lines in feed order, each printed as soon as it and those above it are done.
  const outcomes: Array<Outcome | undefined> = plans.map((plan) => ('chosen' in plan ? undefined : plan));
  let printed = 0;
  const flush = () => {
    while (printed < outcomes.length && outcomes[printed] !== undefined) out(outcomes[printed++]!.line);
  };
  flush();
  await Promise.all(
    plans.map(async (plan, i) => {
      if (!('chosen' in plan)) return;
      outcomes[i] = await run(plan).catch((error: unknown) => ({
        status: 'failed' as const,
        line: `failed     ${quoted(plan.episode.title)}: ${error instanceof Error ? error.message : String(error)}`,
      }));
      flush();
    }),
  );
  await recordWrites;

  const counts = new Map<Status, number>();
  for (const outcome of outcomes) if (outcome !== undefined) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
  const parts = (
    [
      ['written', 'written'],
      ['unchanged', 'unchanged'],
      ['kept', 'kept (edited here)'],
      ['skipped', 'skipped'],
      ['failed', 'failed'],
    ] as const
  )
    .filter(([status]) => (counts.get(status) ?? 0) > 0)
    .map(([status, label]) => `${counts.get(status)} ${label}`);
  out(`${plural(outcomes.length, 'episode')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`);
  if (recordProblem !== null) {
    err(recordProblem);
    return 1;
  }
  const failed = counts.get('failed') ?? 0;
  if ((counts.get('written') ?? 0) + (counts.get('unchanged') ?? 0) + (counts.get('kept') ?? 0) > 0) {
    out(`Build the site with: npx talkline build ${shellWord(options.out)} --out site`);
  }
  return failed > 0 ? 1 : 0;
}
