/**
 * What a pre-rendered page says, it says before the page is taken over: a site built in another language
 * than English carries those messages' translations in its first script, and hydration needs them. The
 * rest of a language's catalog (`messages/later/`) comes after the takeover. This test renders every kind
 * of page the build makes, in Russian, and holds that each message they say is in the first part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import type { Catalog, Message } from '../../src/i18n/messages.ts';
import ruFirst from '../../src/i18n/messages/ru.ts';
import { ru } from '../fixtures/catalogs.ts';
import { NO_ADDRESS } from '../../src/library/routes.ts';
import { readLibrary } from '../../src/library/read-library.ts';
import { readPageTalkFile, talkPageData } from '../../src/page/assemble-page-data.ts';
import type { PageData } from '../../src/page/page-data.ts';
import { AppRoot, preloadPrerenderedPage } from '../../src/ui/app/app-root.tsx';
import { ErrorBoundary } from '../../src/ui/app/error-boundary.tsx';
import { LanguageProvider } from '../../src/ui/shared/i18n.tsx';

const FIXTURES = join(process.cwd(), 'test/fixtures');

/** Every file of `folder`, as the build reads a content folder. */
function folder(dir: string) {
  const files = readdirSync(dir)
    .filter((name) => !name.endsWith('README.md') && !name.endsWith('.sh'))
    .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(dir, fileName))) }));
  return { drafts: readLibrary(files), bytes: new Map(files.map((file) => [file.fileName, file.bytes])) };
}

/**
 * The talk pages the build writes for the talks of `dir`: each talk's page and embed, and a translation's
 * page. (The library's home page reads its list from the build's own module, which only the build has.)
 */
function pagesOf(dir: string): PageData[] {
  const { drafts, bytes } = folder(dir);
  const pages: PageData[] = [];
  for (const draft of drafts) {
    const read = readPageTalkFile(draft, bytes.get(draft.fileName)!);
    if (read === null) continue;
    const media = draft.media === undefined ? undefined : { url: draft.media.src, kind: draft.media.kind, type: draft.media.type, name: draft.media.src };
    const translations = (draft.translations ?? []).map((file) => ({ ...file, url: file.fileName }));
    for (const kind of ['talk', 'embed'] as const) {
      pages.push(
        talkPageData(read, { kind, soleTalk: drafts.length === 1, atRoot: false, fileUrl: () => draft.fileName, media, translations: translations.length === 0 ? undefined : translations }),
      );
    }
    for (const file of draft.translations ?? []) {
      const shown = readPageTalkFile({ slug: draft.slug, fileName: file.fileName, diagnostics: [] }, bytes.get(file.fileName)!)!;
      pages.push(
        talkPageData(shown, {
          kind: 'talk',
          soleTalk: false,
          atRoot: false,
          fileUrl: () => file.fileName,
          translations: [{ lang: 'en', fileName: draft.fileName, url: draft.fileName }],
          translationOf: { lang: file.lang, original: read.talk },
        }),
      );
    }
  }
  return pages;
}

/** The messages said while rendering `data` as the build does, in Russian. */
async function said(data: PageData): Promise<Set<Message>> {
  const used = new Set<Message>();
  const recording = new Proxy(ru, {
    get(target, key) {
      used.add(key as Message);
      return (target as Record<string | symbol, unknown>)[key];
    },
  }) as Catalog;
  await preloadPrerenderedPage(data, { wholePage: true });
  // As the build renders (`src/ssr/render-page.tsx`): every boundary drawn in place.
  const { prelude } = await prerenderToNodeStream(
    <LanguageProvider initial={{ lang: 'ru', catalog: recording }}>
      <ErrorBoundary>
        <AppRoot prerendered={data} location={NO_ADDRESS} />
      </ErrorBoundary>
    </LanguageProvider>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  for await (const chunk of prelude) void chunk;
  return used;
}

describe('the messages a built page says before it is taken over', () => {
  it('are all in the first file of a catalog (`FirstMessage`)', async () => {
    const all = new Set<Message>();
    // The bundled talk alone in its site; a library of four formats; a talk with translations; one with its own audio and video.
    for (const dir of [join(process.cwd(), 'content'), ...['library', 'translations', 'media'].map((name) => join(FIXTURES, name))]) {
      for (const page of pagesOf(dir)) for (const key of await said(page)) all.add(key);
    }
    // The page's main words, the tools bar's, the media bar's and the language control's were said.
    expect([...all]).toEqual(expect.arrayContaining(['Skip to transcript', 'Check against captions…', 'Seek in the audio', 'Transcript language']));
    const first = new Set(Object.keys(ruFirst));
    // A message here that is not a FirstMessage: move it to `FirstMessage` in src/i18n/messages.ts, and its translations to each messages/<code>.ts.
    expect([...all].filter((key) => !first.has(key))).toEqual([]);
  });
});
