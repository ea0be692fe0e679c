// Reading the talk on any screen: the first load at the top, following clear of everything sticky, the
// search bar that stays, hits along the talk, quotes shared by link, notes for authors only, copying the
// transcript, and no "Unlabelled" speaker.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { type OpenOptions, type OpenViewer, frames, poll, scrollSettled } from './viewer-page.ts';

const baseUrl = inject('baseUrl');

async function open(pages: Pages, options: OpenOptions = {}): Promise<OpenViewer> {
  const viewer = await pages.viewer(options);
  await viewer.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  return viewer;
}

/**
 * Where the line being followed is against what sticks to the top: the spoken sentence of a long turn, or
 * the current turn; `covered` is the bottom of the lowest sticky thing (the narrow layout's player, an
 * active search bar).
 */
function followedLine(page: Page) {
  return page.evaluate(() => {
    const turn = document.querySelector<HTMLElement>('.turn[aria-current="true"]');
    if (turn === null) return null;
    const sentence = turn.querySelector('.sentence.is-spoken');
    const long =
      turn.getBoundingClientRect().height > (window.innerHeight - (Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0)) * 0.6;
    const target = (long && sentence !== null ? sentence : turn).getBoundingClientRect();
    let covered = 0;
    for (const element of document.querySelectorAll<HTMLElement>('.player-column, .search-panel[data-active]')) {
      if (getComputedStyle(element).position !== 'sticky') continue;
      const box = element.getBoundingClientRect();
      // Beside the transcript (the wide layout's player column) covers nothing above it.
      if (box.width < window.innerWidth * 0.7 && element.classList.contains('player-column')) continue;
      covered = Math.max(covered, box.bottom);
    }
    return { top: Math.round(target.top), bottom: Math.round(target.bottom), covered: Math.round(covered), height: window.innerHeight };
  });
}

describe('first load on small screens', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 360, height: 780 },
    { width: 390, height: 844 },
    { width: 640, height: 360 },
  ]) {
    it(`opens at the top (title, search, chapters) at ${viewport.width}×${viewport.height}, paused at 0:00`, async ({ pages }) => {
      const { page } = await open(pages, { viewport });
      expect(await scrollSettled(page)).toBeLessThan(5);
      const title = await page.locator('h1').boundingBox();
      expect(title).not.toBeNull();
      expect(title!.y + title!.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.locator('.search-input').isVisible()).toBe(true);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }

  it('still opens at a deep link’s moment', async ({ pages }) => {
    const { page } = await open(pages, { viewport: { width: 360, height: 780 }, path: '?t=2015' });
    await poll(() => followedLine(page).then((line) => line !== null && line.top >= line.covered && line.bottom > line.covered)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });
});

describe('following clear of the sticky player and search bar', () => {
  for (const viewport of [
    { width: 360, height: 780 },
    { width: 1440, height: 900 },
  ]) {
    it(`never puts the current line under anything sticky at ${viewport.width} px while playing`, async ({ pages }) => {
      const { page, youtube } = await open(pages, { viewport });
      const samples: Array<{ top: number; covered: number }> = [];
      for (const from of [600, 1795, 3400]) {
        await youtube.play(from);
        await scrollSettled(page);
        for (let i = 0; i < 12; i += 1) {
          const line = await followedLine(page);
          if (line !== null) samples.push(line);
          await frames(page, 8);
        }
      }
      // And with a search open, whose bar is pinned as well.
      await page.locator('.search-input').fill('neural network');
      await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/results?$/);
      await youtube.play(1200);
      await scrollSettled(page);
      for (let i = 0; i < 12; i += 1) {
        const line = await followedLine(page);
        if (line !== null) samples.push(line);
        await frames(page, 8);
      }
      expect(samples.length).toBeGreaterThan(30);
      const under = samples.filter((line) => line.top < line.covered);
      expect(under).toEqual([]);
    });
  }
});

describe('a phone held sideways', () => {
  /** What the window shows below everything pinned to its top (the player, an active search bar), and where things are. */
  const room = (page: Page) =>
    page.evaluate(() => {
      let pinned = 0;
      for (const element of document.querySelectorAll<HTMLElement>('.player-column, .transcript-column .search-panel[data-active]')) {
        if (getComputedStyle(element).position === 'sticky') pinned = Math.max(pinned, element.getBoundingClientRect().bottom);
      }
      const box = (selector: string) => {
        const element = document.querySelector(selector);
        if (element === null) return null;
        const { top, bottom, left, right } = element.getBoundingClientRect();
        return { top, bottom, left, right };
      };
      return {
        transcript: window.innerHeight - pinned,
        height: window.innerHeight,
        turn: box('.turn[aria-current="true"]'),
        result: box('.search-result'),
        back: box('.back-to-now'),
        // The bar's box and buttons, and the list of results hanging from it (its own box: it scrolls).
        parts: [...document.querySelectorAll('.search-panel .search-step, .search-panel .search-input, .search-drawer')].map(
          (element) => element.getBoundingClientRect().toJSON() as DOMRect,
        ),
      };
    });

  it('leaves at least half the height to the transcript at 740×360, playing and with a search open', async ({ pages }) => {
    const { page, youtube } = await open(pages, { viewport: { width: 740, height: 360 } });
    await youtube.freeze(true);
    await youtube.play(190);
    await scrollSettled(page);
    const playing = await room(page);
    expect(playing.transcript).toBeGreaterThanOrEqual(playing.height / 2);
    // The spoken turn is in that half.
    expect(playing.turn!.top).toBeLessThan(playing.height);
    expect(playing.turn!.bottom).toBeGreaterThan(playing.height - playing.transcript);

    await page.locator('.search-input').fill('neural network');
    await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/results?$/);
    await scrollSettled(page);
    const searching = await room(page);
    expect(searching.transcript).toBeGreaterThanOrEqual(searching.height / 2);
    // The first result is on screen, whole.
    expect(searching.result!.top).toBeGreaterThanOrEqual(0);
    expect(searching.result!.bottom).toBeLessThanOrEqual(searching.height);

    // Scrolled away by hand: "Back to now" covers neither the bar's buttons nor the results.
    await page.mouse.move(100, 352);
    await page.mouse.wheel(0, 1500);
    await poll(() => page.locator('.back-to-now').count()).toBe(1);
    await scrollSettled(page);
    const away = await room(page);
    const back = away.back!;
    for (const part of away.parts) {
      const overlaps = part.left < back.right && part.right > back.left && part.top < back.bottom && part.bottom > back.top;
      expect(overlaps, `"Back to now" over ${JSON.stringify(part)}`).toBe(false);
    }
  });
});

describe('the search bar stays', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 360, height: 780 },
    { width: 1440, height: 900 },
  ]) {
    it(`stays in view with "k of N" while Enter walks the hits at ${viewport.width} px, nothing cut`, async ({ pages }) => {
      const { page } = await open(pages, { viewport });
      const input = page.locator('.search-input');
      // Empty, the box has the width for its whole placeholder.
      expect(await input.evaluate((element: HTMLInputElement) => element.clientWidth)).toBeGreaterThanOrEqual(240);
      await input.fill('deep learning');
      await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results$/);
      const total = Number((await page.locator('.search-count').innerText()).split(' ')[0]);
      for (let k = 1; k <= 6; k += 1) {
        await input.press('Enter');
        await poll(() => page.locator('.search-count').innerText()).toBe(`${k} of ${total}`);
        await scrollSettled(page);
        const bar = await page.evaluate(() => {
          const box = document.querySelector('.search-panel')!.getBoundingClientRect();
          const field = document.querySelector<HTMLInputElement>('.search-input')!;
          const parts = [...document.querySelectorAll('.search-panel .search-input, .search-panel .search-count, .search-panel button')].map((element) =>
            element.getBoundingClientRect(),
          );
          return {
            top: box.top,
            bottom: box.bottom,
            height: window.innerHeight,
            right: Math.max(...parts.map((part) => part.right)),
            width: document.documentElement.clientWidth,
            focused: document.activeElement === field,
            // The query itself is not cut.
            fits: field.scrollWidth <= field.clientWidth,
          };
        });
        expect(bar.top).toBeGreaterThanOrEqual(0);
        expect(bar.bottom).toBeLessThanOrEqual(bar.height);
        expect(bar.right).toBeLessThanOrEqual(bar.width);
        expect(bar.focused).toBe(true);
        expect(bar.fits).toBe(true);
      }
      // The buttons sit beside the box, and the clear button ends the search.
      await page.getByRole('button', { name: 'Clear search' }).click();
      expect(await input.inputValue()).toBe('');
      expect(await page.locator('.search-panel[data-active]').count()).toBe(0);
      expect(await page.locator('mark.search-mark').count()).toBe(0);
    });
  }
});

describe('hits along the talk', () => {
  it('draws a mark per hit on a strip, goes to one on click, and tells screen readers only the count', async ({ pages }) => {
    const { page, youtube } = await open(pages);
    await page.locator('.search-input').fill('neural network');
    await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results$/);
    const strip = page.locator('.hit-strip');
    expect(await strip.getAttribute('aria-hidden')).toBe('true');
    const marks = strip.locator('.hit-mark');
    expect(await marks.count()).toBeGreaterThan(3);
    // Marks are placed by time: their left edges grow with their times.
    const placed = await marks.evaluateAll((elements) =>
      elements.map((element) => ({ left: element.getBoundingClientRect().left, time: Number(element.getAttribute('data-time')) })),
    );
    for (let i = 1; i < placed.length; i += 1) expect(placed[i]!.time).toBeGreaterThanOrEqual(placed[i - 1]!.time);
    expect(placed[placed.length - 1]!.left).toBeGreaterThan(placed[0]!.left);

    const target = marks.nth(Math.floor(placed.length / 2));
    const time = Number(await target.getAttribute('data-time'));
    const box = (await target.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await poll(() => page.locator('.search-count').innerText()).toMatch(/^\d+ of \d+$/);
    expect(await target.getAttribute('class')).toContain('is-active');
    await poll(async () => (await youtube.moves()).at(-1)?.[1]).toSatisfy((seconds) => typeof seconds === 'number' && Math.abs(seconds - time) < 1);
    // The count is what the status region says.
    expect(await page.locator('.search-count').getAttribute('role')).toBe('status');
  });
});

/** On narrow screens the bar's tools are in one menu (⋯): opens it when it is drawn and closed. */
async function showTools(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Tools' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Selects from the start of `from` to the end of `to` (CSS selectors), as a reader's drag would. */
async function select(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const start = document.querySelector(from)!;
      const end = document.querySelector(to)!;
      const range = document.createRange();
      range.setStart(start.firstChild ?? start, 0);
      const last = end.lastChild ?? end;
      range.setEnd(last, last.nodeType === Node.TEXT_NODE ? (last.textContent ?? '').length : last.childNodes.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from, to },
  );
}

const quoteText = (page: Page) =>
  page
    .locator('mark[data-quote]')
    .allInnerTexts()
    .then((texts) => texts.join(' ').replace(/\s+/g, ' ').trim());

describe('sharing a quote', () => {
  it('copies #t=START,END for words in one turn; the link marks them, cues START and pauses at END', async ({ pages }) => {
    const { page, close } = await open(pages);
    const turn = '.turn[data-start="143"]';
    await page.locator(turn).scrollIntoViewIfNeeded();
    const words = await page.locator(`${turn} .sentence`).allInnerTexts();
    await select(page, `${turn} .sentence:nth-of-type(2)`, `${turn} .sentence:nth-of-type(3)`);
    const share = page.getByRole('button', { name: 'Copy link to this quote' });
    await share.click();
    await poll(() => page.locator('.quote-share').innerText()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.hash).toMatch(/^#t=\d+:\d{2}(\.\d+)?,\d+:\d{2}(\.\d+)?$/);
    expect(url.searchParams.has('t')).toBe(false);
    await close();

    const opened = await open(pages, { path: `${url.search}${url.hash}` });
    await poll(() => quoteText(opened.page)).toBe(`${words[1]} ${words[2]}`);
    const [start, end] = url.hash
      .slice(3)
      .split(',')
      .map((clock) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0)) as [number, number];
    // Cued at START, without playing.
    expect((await opened.youtube.playerOptions())?.playerVars?.start).toBe(Math.floor(start));
    expect(await opened.youtube.state()).toBe(5);
    // In view, below anything sticky.
    const mark = await opened.page.locator('mark[data-quote]').first().boundingBox();
    expect(mark!.y).toBeGreaterThanOrEqual(0);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(800);
    // Played into its end, the video stops there.
    await opened.youtube.play(end - 1.5);
    await poll(() => opened.youtube.state(), 6_000).toBe(2);
    const calls = await opened.youtube.calls();
    expect(calls.some((call) => call[0] === 'pauseVideo')).toBe(true);
    const stoppedAt = await opened.page.evaluate(() => (window as unknown as { __fakeYT: { player: { now(): number } } }).__fakeYT.player.now());
    expect(stoppedAt).toBeGreaterThanOrEqual(end);
    expect(stoppedAt).toBeLessThan(end + 1);
  });

  it('quotes across turns, and is reachable from the keyboard', async ({ pages }) => {
    const { page, close } = await open(pages);
    const first = '.turn[data-start="143"]';
    await page.locator(first).scrollIntoViewIfNeeded();
    const nextStart = await page.locator(first).evaluate((element) => element.nextElementSibling!.getAttribute('data-start'));
    const second = `.turn[data-start="${nextStart}"]`;
    const firstWords = await page.locator(`${first} .sentence`).allInnerTexts();
    const secondWords = await page.locator(`${second} .sentence`).allInnerTexts();
    await select(page, `${first} .sentence:last-of-type`, `${second} .sentence:first-of-type`);
    await poll(() => page.locator('.quote-share').count()).toBe(1);
    // Tab goes to the button, Enter presses it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('quote-share');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.quote-share').innerText()).toBe('Link copied');
    const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    await close();

    const opened = await open(pages, { path: `${url.search}${url.hash}` });
    await poll(() => quoteText(opened.page)).toBe(`${firstWords.at(-1)} ${secondWords[0]}`);
    expect(await opened.page.locator(`${first} mark[data-quote]`).count()).toBeGreaterThan(0);
    expect(await opened.page.locator(`${second} mark[data-quote]`).count()).toBeGreaterThan(0);
  });

  it('selects only what a mouse drag covered, and links only that', async ({ pages }) => {
    const { page } = await open(pages);
    const turn = '.turn[data-start="143"]';
    await page.locator(turn).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await scrollSettled(page);
    // From the first letter of the turn's second sentence, 200 px down and a little right, in 8 moves:
    // a normal drag, whose pointer passes where the button would be drawn.
    const from = await page.locator(`${turn} .sentence:nth-of-type(2)`).evaluate((sentence) => {
      const range = document.createRange();
      range.setStart(sentence.firstChild!, 0);
      range.setEnd(sentence.firstChild!, 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + 1, y: box.top + box.height / 2 };
    });
    const to = { x: from.x + 60, y: from.y + 200 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    // No button while the pointer is still down.
    expect(await page.locator('.quote-share').count()).toBe(0);
    await page.mouse.up();
    const selected = await page.evaluate(({ x, y }) => {
      const selection = window.getSelection()!;
      const end = document.caretRangeFromPoint(x, y)!;
      return {
        length: selection.toString().length,
        // The selection ends where the pointer let go.
        endsThere: selection.focusNode === end.startContainer && Math.abs(selection.focusOffset - end.startOffset) <= 1,
        turn: Number(end.startContainer.parentElement!.closest<HTMLElement>('.turn')!.dataset.start),
        nextTurn: Number(end.startContainer.parentElement!.closest<HTMLElement>('.turn')!.nextElementSibling?.getAttribute('data-start')),
      };
    }, to);
    expect(selected.endsThere).toBe(true);
    expect(selected.length).toBeLessThan(1000);
    const share = page.getByRole('button', { name: 'Copy link to this quote' });
    await poll(() => share.count()).toBe(1);
    // Off the way of the text: it never takes part in a selection.
    expect(await share.evaluate((element) => getComputedStyle(element).userSelect)).toBe('none');
    await share.click();
    await poll(() => page.locator('.quote-share').innerText()).toBe('Link copied');
    const hash = new URL(await page.evaluate(() => navigator.clipboard.readText())).hash;
    const [start, end] = hash
      .slice(3)
      .split(',')
      .map((clock) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0)) as [number, number];
    expect(start).toBeGreaterThanOrEqual(143);
    expect(end).toBeGreaterThan(selected.turn);
    expect(end).toBeLessThanOrEqual(selected.nextTurn);
    // The selection is still the drag's.
    expect(await page.evaluate(() => window.getSelection()!.toString().length)).toBe(selected.length);
  });

  it('offers the link for words selected while its code is still on the way', async ({ pages }) => {
    // The button's code is held until the words are selected: it must read the selection it finds.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page } = await open(pages, {
      prepare: async (page) => {
        await page.route(/\/quote-share-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    const turn = '.turn[data-start="143"]';
    await page.locator(turn).scrollIntoViewIfNeeded();
    await select(page, `${turn} .sentence:nth-of-type(2)`, `${turn} .sentence:nth-of-type(3)`);
    expect(await page.locator('.quote-share').count()).toBe(0);
    release();
    await poll(() => page.getByRole('button', { name: 'Copy link to this quote' }).count()).toBe(1);
  });

  it('marks the words of a link that ends inside a sentence (#t=2:23,2:27), whole words, in view', async ({ pages }) => {
    const { page, youtube } = await open(pages, { path: '#t=2:23,2:27' });
    await poll(() => quoteText(page)).toMatch(/^You were one of the three authors\b/);
    const sentence = await page.locator('.turn[data-start="143"] .sentence').first().innerText();
    const quote = await quoteText(page);
    expect(quote.length).toBeLessThan(sentence.length);
    expect(sentence.startsWith(quote)).toBe(true);
    expect(sentence[quote.length]).toMatch(/\s/);
    expect((await youtube.playerOptions())?.playerVars?.start).toBe(143);
    const mark = await page.locator('mark[data-quote]').first().boundingBox();
    expect(mark!.y).toBeGreaterThanOrEqual(0);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(800);
  });

  it('reads seconds as well as clocks, and keeps ?t= working', async ({ pages }) => {
    const { page, youtube, close } = await open(pages, { path: '#t=143,150' });
    await poll(() => page.locator('mark[data-quote]').count()).toBeGreaterThan(0);
    expect((await youtube.playerOptions())?.playerVars?.start).toBe(143);
    await close();
    const plain = await open(pages, { path: '?t=2015' });
    expect((await plain.youtube.playerOptions())?.playerVars?.start).toBe(2015);
    expect(await plain.page.locator('mark[data-quote]').count()).toBe(0);
  });
});

describe('viewers and authors', () => {
  it('hides the notes on the file by default and shows them on ?notes', async ({ pages }) => {
    const { page, close } = await open(pages);
    expect(await page.locator('.talk-notes').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('notes on this transcript');
    // The long preface is folded, with "More".
    const more = page.getByRole('button', { name: 'More' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const folded = await page.locator('.talk-description').boundingBox();
    await more.click();
    const unfolded = await page.locator('.talk-description').boundingBox();
    expect(unfolded!.height).toBeGreaterThan(folded!.height);
    await close();

    const author = await open(pages, { path: '?notes' });
    const notes = author.page.locator('.talk-notes');
    await poll(() => notes.count()).toBe(1);
    expect(await notes.innerText()).toMatch(/\d+ notes? on this transcript/);
    expect(await notes.innerText()).toMatch(/lex-fridman-ilya-sutskever\.md:\d+/);
  });

  it('shows the notes on a file the reader opened folded, a line that opens to them', async ({ pages }) => {
    const { page } = await open(pages);
    const file = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAlice: Hello there.\n\n00:00:05.000 --> 00:00:04.500\nBob: Hi.\n';
    await page.locator('input.open-file-input:not([disabled])').setInputFiles({ name: 'meeting.vtt', mimeType: 'text/vtt', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Read without the video' }).click();
    const notes = page.locator('details.talk-notes');
    await poll(() => notes.count()).toBe(1);
    expect(await notes.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await notes.locator('summary').innerText()).toMatch(/^\d+ notes? on this transcript$/);
    await notes.locator('summary').click();
    expect(await notes.innerText()).toContain('meeting.vtt:6 cue ends (0:04) before it starts (0:05)');
  });
});

describe('copying and small things', () => {
  it('copies the transcript as text, with or without times', async ({ pages }) => {
    const { page } = await open(pages);
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy as text', exact: true }).click();
    await poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Lex Fridman: The following is a conversation with Ilya Sutskever');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).not.toMatch(/\[\d+:\d{2}\]/);
    await page.getByRole('button', { name: 'Copy as text with times' }).click();
    await poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('[2:23] Lex Fridman: You were one of the three authors');
  });

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 360, height: 780 },
    { width: 820, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    it(`opens the Export and Embed menus inside the window at ${viewport.width} px`, async ({ pages }) => {
      const { page } = await open(pages, { viewport });
      await showTools(page);
      for (const name of ['Export', 'Embed']) {
        const menu = page.locator('details.tool-menu').filter({ has: page.locator('summary', { hasText: name }) });
        await menu.locator('summary').click();
        // The panel's code comes when the pointer reaches the button; measured once it is drawn.
        await menu.locator('.tool-menu-panel button').first().waitFor();
        const box = await menu.locator('.tool-menu-panel').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x, `${name} menu's left edge`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${name} menu's right edge`).toBeLessThanOrEqual(viewport.width);
        // Nothing in it sticks out of it either (the embed snippet's box has a minimum width).
        const widest = await menu
          .locator('.tool-menu-panel *')
          .evaluateAll((elements) => Math.max(...elements.map((element) => element.getBoundingClientRect().right)));
        expect(widest, `${name} menu's contents`).toBeLessThanOrEqual(box!.x + box!.width);
        if (name === 'Embed') {
          // The snippet's box spans the panel (it was the browser's default, 20 characters, on a talk's page).
          const snippet = await menu.locator('textarea').boundingBox();
          expect(snippet!.width, 'snippet box').toBeGreaterThan(box!.width * 0.9);
          if (viewport.width >= 1440) expect(box!.width, "Embed menu's width").toBeGreaterThan(400);
        }
        await menu.locator('summary').click();
      }
    });
  }

  it('gives a finger 24 px or more to hit a turn’s time and its copy-link button on a phone, rows unchanged', async ({ pages }) => {
    const { page } = await open(pages, { viewport: { width: 360, height: 780 } });
    for (const selector of ['.turn-time', '.copy-link']) {
      // The rows within the window where the hit lands on the target, at its middle, from 10 px above to 10 px below its box.
      const { height, hit } = await page.evaluate((sel) => {
        const target = document.querySelector(`.transcript .turn:not(.turn-cold) ${sel}`)!;
        target.scrollIntoView({ block: 'center' });
        const box = target.getBoundingClientRect();
        const rows: number[] = [];
        for (let y = Math.floor(box.top) - 10; y <= box.bottom + 10; y += 1) {
          if (document.elementFromPoint(box.left + box.width / 2, y)?.closest(sel) != null) rows.push(y);
        }
        return { height: box.height, hit: rows.length };
      }, selector);
      // Drawn 20 and 23 px high; a finger's target of 24 px or more around each.
      expect(height, selector).toBeLessThan(24);
      expect(hit, selector).toBeGreaterThanOrEqual(26);
    }
  });

  it('closes a menu of the bar with Escape (focus back on its button), with a press outside it, and when another opens', async ({ pages }) => {
    const { page } = await open(pages, { viewport: { width: 360, height: 780 } });
    const menu = (name: string) => page.locator('details.tool-menu').filter({ has: page.locator('summary', { hasText: name }) });
    const isOpen = (name: string) => menu(name).evaluate((element) => (element as HTMLDetailsElement).open);
    // Opened, and ready: the `toggle` event that tells the page comes a task after the click, and the panel
    // (fetched on demand) then draws its buttons. A press outside before that would meet no menu to close.
    const openMenu = async (name: string): Promise<void> => {
      await menu(name).locator('summary').click();
      await menu(name).locator('.tool-menu-panel button').first().waitFor();
    };
    // On a phone the menus are inside the Tools menu, which stays open while one of them closes.
    await showTools(page);
    await openMenu('Export');
    await menu('Export').locator('.tool-menu-panel button').first().focus();
    await page.keyboard.press('Escape');
    await poll(() => isOpen('Export')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
    expect(await page.getByRole('button', { name: 'Tools' }).getAttribute('aria-expanded')).toBe('true');
    // The page's own Escape waited: no search was touched, nothing else moved.
    await openMenu('Export');
    await page
      .locator('.transcript .turn')
      .nth(2)
      .click({ position: { x: 5, y: 5 } });
    await poll(() => isOpen('Export')).toBe(false);
    // A press outside closed the Tools menu too.
    await showTools(page);
    await openMenu('Export');
    // A tap anywhere outside the open panel closes it, also on the page's top corner, in the pinned video's
    // frame (which takes the focus from the page).
    const box = (await menu('Export').locator('.tool-menu-panel').boundingBox())!;
    expect(box.x > 5 || box.y > 5, 'the panel does not cover the corner tapped').toBe(true);
    await page.mouse.click(5, 5);
    await poll(() => isOpen('Export')).toBe(false);
    await showTools(page);
    await openMenu('Embed');
    await poll(() => isOpen('Embed')).toBe(true);
    await menu('Export').locator('summary').click();
    await poll(() => isOpen('Embed')).toBe(false);
    expect(await isOpen('Export')).toBe(true);
  });

  it('points "Back to now" up when the current turn is above, down when below', async ({ pages }) => {
    const { page, youtube } = await open(pages);
    await youtube.freeze(true);
    await youtube.play(1795);
    await scrollSettled(page);
    const back = page.getByRole('button', { name: 'Back to now' });
    await page.mouse.move(900, 400);
    await page.mouse.wheel(0, 4000);
    await poll(() => back.count()).toBe(1);
    await poll(() => back.getAttribute('data-direction')).toBe('up');
    expect(await back.innerText()).toContain('↑');
    await page.mouse.wheel(0, -12000);
    await poll(() => back.getAttribute('data-direction')).toBe('down');
    expect(await back.innerText()).toContain('↓');
  });

  it('shows no speaker label, never "Unlabelled", for a caption file that names no speakers', async ({ pages }) => {
    const { page } = await open(pages);
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSo that is where the first hour ends.\n\n00:00:05.000 --> 00:00:08.000\nAnd the second one starts with a question.\n';
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'Hour [aB3dE5fG7hJ].vtt', mimeType: 'text/vtt', buffer: Buffer.from(vtt) });
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Hour');
    await page.locator('.search-input').fill('question');
    await poll(() => page.locator('.search-count').innerText(), 15_000).toBe('1 result');
    expect(await page.locator('body').innerText()).not.toMatch(/unlabel/i);
    // The speaker's place holds only the time for screen readers: nothing visible names anyone.
    expect(
      await page
        .locator('.turn-speaker')
        .first()
        .evaluate((element) => (element.firstChild?.nodeType === Node.TEXT_NODE ? element.firstChild.textContent : '')),
    ).toBe('');
    expect(await page.locator('.turn-speaker .visually-hidden').first().innerText()).toBe('0:01');
  });

  it('asks for a file’s video without an error look, keeps the address until answered, and can cancel', async ({ pages }) => {
    const { page } = await open(pages);
    const before = page.url();
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'talk.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello there.\n') });
    const question = page.getByRole('heading', { name: 'Which video is this transcript for?' });
    await poll(() => question.count()).toBe(1);
    expect(page.url()).toBe(before);
    const edge = await page.locator('.video-id-prompt').evaluate((element) => {
      const style = getComputedStyle(element);
      return { left: style.borderLeftColor, top: style.borderTopColor };
    });
    const danger = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--danger)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect([edge.left, edge.top]).not.toContain(danger);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForSelector('.turn[data-start]');
    expect(page.url()).toBe(before);

    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'talk.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello there.\n') });
    await page.getByRole('button', { name: 'Read without the video' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('talk');
    expect(new URL(page.url()).searchParams.get('file')).toMatch(/^[0-9a-z]+$/);
    // Asked once: a reload, and opening the same file again, show it without the question.
    await page.reload();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('talk');
    expect(await page.getByRole('button', { name: 'Read without the video' }).count()).toBe(0);
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'talk.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello there.\n') });
    await poll(() => page.locator('.turn').first().innerText()).toContain('Hello there.');
    expect(await page.getByRole('button', { name: 'Read without the video' }).count()).toBe(0);
  });

  it('asks for the video on a remembered file’s own address with a way back: Cancel goes to the home page', async ({ pages }) => {
    const { page } = await open(pages);
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'later.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nLater.\n') });
    // The question's Cancel: the card shown while the file is read has one too, which would give the file up
    // before it is remembered.
    const question = page.locator('.video-id-prompt');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.locator('summary', { hasText: 'Recent files' }).click();
    await page.getByRole('link', { name: 'later' }).click();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Lex Fridman podcast with Ilya Sutskever');
    expect(new URL(page.url()).searchParams.has('file')).toBe(false);
  });
});
