// @vitest-environment jsdom
// The browser's first render of a pre-rendered page is the build's: React takes the markup over with no
// mismatch (no recoverable error, no node replaced), whatever this browser remembers or its width.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PageData, type TalkPageData, pageDataElement, readPageData } from '../../src/page/page-data.ts';
import { readPageTalk } from '../../src/page/page-talk.ts';
import { NO_ADDRESS } from '../../src/library/routes.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { AppRoot, preloadPrerenderedPage } from '../../src/ui/app/app-root.tsx';
import { ErrorBoundary } from '../../src/ui/app/error-boundary.tsx';
import { recentFiles } from '../../src/ui/shared/recent-store.ts';

const FILE = 'lex-fridman-ilya-sutskever.md';
const source = readFileSync(join(process.cwd(), 'content', FILE), 'utf8');
const result = readTalk(source, FILE);
if (result.talk === null) throw new Error('the bundled talk does not read');
const talk = result.talk;

function page(data: PageData) {
  return (
    <ErrorBoundary>
      <AppRoot prerendered={data} location={NO_ADDRESS} />
    </ErrorBoundary>
  );
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom does not scroll; the viewer scrolls to the current turn after mount.
window.scrollTo = () => {};

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('hydrating a pre-rendered talk page', () => {
  for (const kind of ['talk', 'embed'] as const) {
    it(`takes over the ${kind} page's markup with no recoverable error, even with recent files and a narrow screen`, async () => {
      const data: PageData = {
        kind,
        slug: 'lex-fridman-ilya-sutskever',
        fileName: FILE,
        source,
        talk,
        diagnostics: result.diagnostics,
        isHome: false,
        atRoot: false,
      };
      // As the entry point does before hydrating: the embed page's code is a chunk of its own.
      await preloadPrerenderedPage(data);
      const html = renderToString(page(data));
      expect(html).toContain('Krizhevsky');
      // What this browser knows and the build did not: a remembered file, a narrow window.
      recentFiles().add({ fileName: 'notes.vtt', title: 'Notes', text: 'WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n' });
      expect(recentFiles().list()).toHaveLength(1);
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} }));
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      // A chunk far from the spoken one stays flat after mount (the spoken turn's chunk is drawn hot then).
      const lastChunk = [...container.querySelectorAll('.turn-chunk')].at(-1);
      expect(lastChunk?.classList.contains('turn-chunk-flat')).toBe(true);

      const recoverable = vi.fn();
      const uncaught = vi.fn();
      await act(async () => {
        hydrateRoot(container, page(data), { onRecoverableError: recoverable, onUncaughtError: uncaught });
      });
      expect(recoverable).not.toHaveBeenCalled();
      expect(uncaught).not.toHaveBeenCalled();
      // The same node: taken over, not redrawn.
      expect([...container.querySelectorAll('.turn-chunk')].at(-1)).toBe(lastChunk);
      expect(lastChunk?.classList.contains('turn-chunk-flat')).toBe(true);
      vi.unstubAllGlobals();
      // After mount the page shows what this browser knows, once the menu's code has come.
      // (The embed has no file tools: it lives in someone else's page.)
      await act(async () => {
        await import('../../src/ui/tools/later-tools.ts');
      });
      expect(container.textContent?.includes('Recent files')).toBe(kind === 'talk');
      // The language switch comes with it, in the page's language.
      expect(container.querySelector('select.language-switch')?.getAttribute('aria-label') ?? null).toBe(kind === 'talk' ? 'Language' : null);
    });
  }

  it('a mismatched first render is noticed (the check above can fail)', async () => {
    const data: TalkPageData = { kind: 'talk', slug: 'x', fileName: FILE, source, talk, diagnostics: [], isHome: false, atRoot: false };
    const container = document.createElement('div');
    container.innerHTML = renderToString(page(data));
    document.body.append(container);
    const recoverable = vi.fn();
    const other: TalkPageData = { ...data, talk: { ...talk, title: 'Another title' } };
    await act(async () => {
      hydrateRoot(container, page(other), { onRecoverableError: recoverable });
    });
    expect(recoverable).toHaveBeenCalled();
  });

  it("takes the markup over with the talk the app reads back from the page's block, which carries the file's text and not the parsed talk", async () => {
    const data: TalkPageData = {
      kind: 'talk',
      slug: 'lex-fridman-ilya-sutskever',
      fileName: FILE,
      source,
      talk,
      diagnostics: result.diagnostics,
      isHome: false,
      atRoot: false,
    };
    const html = renderToString(page(data));
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = html;
    document.body.append(container);
    document.body.insertAdjacentHTML('beforeend', pageDataElement(data));

    const block = readPageData(document);
    expect(block).not.toBeNull();
    if (block === null || block.kind === 'home') throw new Error('no talk block');
    expect(block.source).toBe(source);
    expect('talk' in block).toBe(false);
    // The text with a little JSON around it, not every word as an object.
    expect(document.getElementById('talkline-page')!.textContent!.length).toBeLessThan(source.length * 1.1);

    // Read in the page here (no worker in jsdom), by the same job the worker runs.
    const read = await readPageTalk(block, { createWorker: null });
    if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
    expect(read.data.talk.turns).toHaveLength(talk.turns.length);
    // The last chunk is far from the spoken one and stays flat: hydration keeps the build's node.
    const lastChunk = [...container.querySelectorAll('.turn-chunk')].at(-1);
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, page(read.data), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect([...container.querySelectorAll('.turn-chunk')].at(-1)).toBe(lastChunk);
    expect(lastChunk?.classList.contains('turn-chunk-flat')).toBe(true);
  });

  it("takes the markup over with a long talk's file, fetched from the address its block gives in place of the text", async () => {
    const data: TalkPageData = {
      kind: 'talk',
      slug: 'lex-fridman-ilya-sutskever',
      fileName: FILE,
      source,
      talk,
      diagnostics: result.diagnostics,
      isHome: false,
      atRoot: false,
    };
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = renderToString(page(data));
    document.body.append(container);
    document.body.insertAdjacentHTML('beforeend', pageDataElement({ ...data, sourceUrl: '../../assets/talk-Ab12.md' }));

    const block = readPageData(document);
    if (block === null || block.kind === 'home') throw new Error('no talk block');
    expect(block.source).toBeUndefined();
    expect(block.sourceUrl).toBe('../../assets/talk-Ab12.md');
    // An address and the page's notes: none of the file's text.
    expect(document.getElementById('talkline-page')!.textContent!.length).toBeLessThan(2000);

    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(source);
    });
    try {
      // Read in the page here (no worker in jsdom), by the same job the worker runs; the text comes back for review mode.
      const read = await readPageTalk(block, { createWorker: null });
      if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
      expect(asked).toEqual(['../../assets/talk-Ab12.md']);
      expect(read.data.source).toBe(source);
      expect(read.data.talk.turns).toHaveLength(talk.turns.length);
      const recoverable = vi.fn();
      await act(async () => {
        hydrateRoot(container, page(read.data), { onRecoverableError: recoverable });
      });
      expect(recoverable).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says what went wrong when a long talk's file cannot be fetched", async () => {
    document.body.innerHTML = `<script type="application/json" id="talkline-page">${JSON.stringify({ kind: 'talk', slug: 'x', fileName: FILE, sourceUrl: 'gone.md', diagnostics: [], isHome: false, atRoot: false })}</script>`;
    const block = readPageData(document);
    if (block === null || block.kind === 'home') throw new Error('no talk block');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    try {
      const read = await readPageTalk(block, { createWorker: null });
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.diagnostics[0]!.message).toMatch(/could not be fetched \(HTTP 404\); reload the page/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a damaged block, or one from before pages carried the source', () => {
    for (const text of [
      '{"kind":"talk"',
      '{"kind":"talk","slug":"x","fileName":"x.md","talk":{}}',
      // The text or the address, not both, and an address that is one.
      '{"kind":"talk","slug":"x","fileName":"x.md","source":"a","sourceUrl":"x.md"}',
      '{"kind":"talk","slug":"x","fileName":"x.md","sourceUrl":""}',
      'null',
      '{"kind":"page"}',
    ]) {
      document.body.innerHTML = `<script type="application/json" id="talkline-page">${text}</script>`;
      expect(readPageData(document), text).toBeNull();
    }
  });
});
