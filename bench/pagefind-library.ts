/**
 * The other engine the library's search was weighed against: Pagefind (a devDependency of the bench
 * only; the page never carries it). `bench/scale-library.ts` indexes the same talks with both and
 * queries both in the same Chromium, cold and warm, and prints them side by side.
 *
 * Pagefind gets one record per passage (eight turns, about two minutes of talk) whose address is that
 * moment of the talk's page, the shape the product would need; its own `pagefind.js` is loaded from the
 * index it wrote, beside the built app, on a page of the same origin without the app's
 * Content-Security-Policy (Pagefind compiles WebAssembly, which the app's policy refuses).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { NetworkTally } from './network-tally.ts';
import { writeLibrarySearchIndex } from '../build/library-search-index.ts';
import { talkHref } from '../src/library/routes.ts';
import { groupTalkFiles } from '../src/library/talk-files.ts';
import { decodeText } from '../src/transcript/decode-text.ts';
import { readTalk } from '../src/transcript/formats/read-talk.ts';
import type { Talk } from '../src/transcript/types.ts';

/** Turns per Pagefind record: about two minutes of talk (a Talkline text block), the moment a result opens at. */
const PASSAGE_TURNS = 8;
/** Results whose excerpts are loaded, as many as the library's search shows talks. */
const SHOWN = 20;
/** Results ready before a first answer counts as shown, as for Talkline's first groups. */
const FIRST = 5;

export interface LibraryTalk {
  slug: string;
  talk: Talk | null;
}

/** The content folder's talks in library order, read as the build reads them. */
export function readTalks(folder: string, fileNames: readonly string[]): LibraryTalk[] {
  return groupTalkFiles(fileNames).map(({ fileName, slug }) => {
    const text = decodeText(readFileSync(join(folder, fileName))).text;
    return { slug, talk: text === null ? null : readTalk(text, fileName).talk };
  });
}

/** Seconds to write Talkline's index of `talks` into memory (the build's own step, without the bundler). */
export function timeTalklineIndex(talks: readonly LibraryTalk[]): number {
  const started = performance.now();
  writeLibrarySearchIndex(
    talks.map(({ talk }) => talk),
    () => undefined,
  );
  return (performance.now() - started) / 1000;
}

/**
 * Writes Pagefind's index of `talks` to `<site>/pagefind/` and a blank page to query it from;
 * returns the seconds it took and the records written.
 */
export async function writePagefindIndex(site: string, talks: readonly LibraryTalk[]): Promise<{ seconds: number; records: number }> {
  const pagefind = await import('pagefind');
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  const adding: Array<Promise<unknown>> = [];
  for (const { slug, talk } of talks) {
    if (talk === null) continue;
    for (let first = 0; first < talk.turns.length; first += PASSAGE_TURNS) {
      const turns = talk.turns.slice(first, first + PASSAGE_TURNS);
      const content = turns.map((turn) => (turn.speaker === null ? turn.text : `${turn.speaker}: ${turn.text}`)).join('\n');
      adding.push(
        index.addCustomRecord({ url: `/${talkHref(slug, turns[0]!.start)}`, content, language: 'en', meta: { title: talk.title } }).then((added) => {
          if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        }),
      );
      records += 1;
    }
  }
  await Promise.all(adding);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  await pagefind.close();
  writeFileSync(join(site, 'pagefind-bench.html'), '<!doctype html><meta charset="utf-8"><title>Pagefind bench</title>');
  return { seconds, records };
}

export interface PagefindTiming {
  first: number;
  complete: number;
  bytes: number;
  requests: number;
  /** Passages found, and the titles of the talks of the results shown (best first). */
  found: number;
  titles: string[];
}

/** One query through Pagefind's own script, from the blank page: search, then the excerpts of the results shown. */
export async function pagefindQuery(page: Page, tally: NetworkTally, query: string): Promise<PagefindTiming> {
  tally.start();
  // Source text, as tsx's helpers do not exist in the page.
  const timing = (await page.evaluate(`(async () => {
    const start = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const shown = search.results.slice(0, ${SHOWN}).map((result) => result.data());
    await Promise.all(shown.slice(0, ${FIRST}));
    const first = performance.now() - start;
    const data = await Promise.all(shown);
    const complete = performance.now() - start;
    return { first, complete, found: search.results.length, titles: data.map((item) => item.meta.title) };
  })()`)) as Omit<PagefindTiming, 'bytes' | 'requests'>;
  return { ...timing, ...(await tally.stop()) };
}
