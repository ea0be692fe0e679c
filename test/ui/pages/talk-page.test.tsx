// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TalkPage } from '../../../src/ui/pages/talk-page.tsx';
import { loadTalk } from '../../../src/ui/pages/talk-source.ts';
import { SAMPLE_MARKDOWN } from '../../fixtures/sample-talk.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const entry = { fileName: 'sample.md', url: '/assets/sample.md' };
const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

describe('talk source', () => {
  it('fetches and parses a talk', async () => {
    const fetchText = respond(SAMPLE_MARKDOWN);
    const load = await loadTalk(entry, fetchText);
    expect(fetchText).toHaveBeenCalledWith('/assets/sample.md');
    expect(load.ok && load.talk.turns.length).toBe(6);
  });

  it('reads a Latin-1 or UTF-16 file as the build read it, and knows its encoding for saving fixes', async () => {
    const accented = SAMPLE_MARKDOWN.replace('It had a mill and a store.', 'It had a mill and a store, café crème.');
    const latin1 = Uint8Array.from(accented, (c) => c.charCodeAt(0));
    const latin = await loadTalk(
      entry,
      vi.fn(async () => new Response(latin1)),
    );
    expect(latin.ok && latin.encoding).toBe('latin-1');
    expect(latin.ok && latin.text).toBe(accented);
    expect(latin.ok && latin.talk.turns.some((turn) => turn.text.includes('café crème'))).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(accented, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    const wide = await loadTalk(
      entry,
      vi.fn(async () => new Response(utf16)),
    );
    expect(wide.ok && wide.encoding).toBe('utf-16le');
    expect(wide.ok && wide.text).toBe(accented);
  });

  it('reports HTTP and network failures as diagnostics', async () => {
    const notFound = await loadTalk(entry, respond('', 404));
    expect(notFound.ok).toBe(false);
    expect(notFound.diagnostics[0]?.message).toContain('HTTP 404');
    expect(!notFound.ok && notFound.unreachable).toBe(true);
    const offline = await loadTalk(
      entry,
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(offline.diagnostics[0]?.message).toContain('Failed to fetch');
    expect(!offline.ok && offline.unreachable).toBe(true);
    const unreadable = await loadTalk(entry, respond('no talk here'));
    expect(unreadable.ok).toBe(false);
    expect(!unreadable.ok && unreadable.unreachable === true).toBe(false);
  });
});

describe('TalkPage', () => {
  it('shows the talk once loaded', async () => {
    vi.stubGlobal('fetch', respond(SAMPLE_MARKDOWN));
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
    render(<TalkPage entry={entry} />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    expect(await screen.findByRole('heading', { level: 1, name: 'A sample conversation' })).toBeTruthy();
    expect(document.title).toBe('A sample conversation · Talkline');
  });

  it('shows the problems with file and line when the talk cannot be built', async () => {
    vi.stubGlobal('fetch', respond('\u0000\u0001\u0002binary\u0000'));
    render(<TalkPage entry={entry} />);
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain('This talk could not be opened');
    expect(panel.textContent).toContain('sample.md');
    expect(panel.querySelectorAll('.diagnostics li').length).toBeGreaterThan(0);
  });

  it('names the file and line of each problem', async () => {
    vi.stubGlobal('fetch', respond('---\ntitle: Unclosed\n'));
    render(<TalkPage entry={entry} />);
    const panel = await screen.findByRole('alert');
    const items = [...panel.querySelectorAll('.diagnostics li')].map((item) => item.textContent);
    expect(items.some((text) => text?.startsWith('sample.md:1 warning'))).toBe(true);
    expect(items.some((text) => text?.startsWith('sample.md error no turns found'))).toBe(true);
  });

  it('names the command that lists the same problems as the README gives it (npx prints no npm banner)', async () => {
    vi.stubGlobal('fetch', respond('---\ntitle: Unclosed\n'));
    const { container } = render(<TalkPage entry={entry} />);
    await screen.findByRole('alert');
    expect(container.textContent).toContain('npx talkline check content/sample.md lists the same problems');
  });

  it('says so when the file cannot be fetched', async () => {
    vi.stubGlobal('fetch', respond('', 500));
    render(<TalkPage entry={entry} />);
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain('This talk could not be loaded');
    expect(panel.textContent).toContain('HTTP 500');
    // Not the advice for a broken file: nothing in the file is at fault.
    expect(panel.textContent).not.toContain('Fix the file');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
  });
});
