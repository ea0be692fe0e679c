// Review mode on real speech, in Chromium: a library of the bundled talk with sentences cut, beside
// Whisper's captions of its recording (which stutter and restart where the talk does not), and of the
// bundled talk beside a clip of those captions, the first 18 seconds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTalk } from '../../src/align/align-talk.ts';
import { proposeFixes, type RestoreEdit } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { cutSentences, restoreCaseSentences, whisperCaptionsText } from '../fixtures/restore-case.ts';
import { bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { type Pages, describe, expect, it, libraryOf } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';
import { type OpenViewer, poll } from './viewer-page.ts';

const CUT = 'cut-sentences';
const CLIP = 'opening-clip';
const cutText = cutSentences(bundledTalkText(), bundledTalk(), restoreCaseSentences()).text;
/** Whisper's cues that start in the recording's first 16 seconds. */
const clipText = (() => {
  const [header, ...cues] = whisperCaptionsText().split(/\n\n+/);
  return [header, ...cues.filter((cue) => /^00:(0\d|1[0-5])\.\d{3} -->/.test(cue))].join('\n\n');
})();

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    writeFileSync(join(folder, `${CUT}.md`), cutText);
    writeFileSync(join(folder, `${CUT}.vtt`), whisperCaptionsText());
    writeFileSync(join(folder, `${CLIP}.md`), bundledTalkText());
    writeFileSync(join(folder, `${CLIP}.vtt`), clipText);
  }),
);

/** What the page will propose, from the same files. */
function fixes() {
  const talk = readMarkdown(cutText, `${CUT}.md`).talk!;
  return proposeFixes(alignTalk(talk, readTalk(whisperCaptionsText(), `${CUT}.vtt`).talk!), talk);
}

async function openAligned(pages: Pages, library: ServedLibrary, name: string): Promise<OpenViewer> {
  const viewer = await pages.viewer({ baseUrl: library.url, path: `?talk=${name}` });
  await poll(() => viewer.page.locator('.alignment-bar').getAttribute('data-status'), 30_000).toBe('aligned');
  return viewer;
}

describe('review mode on real speech', () => {
  it('folds the passages an editor leaves out, counts only the rest, and restores one anyway on request', async ({ pages, library }) => {
    const edits = fixes();
    const leftOut = edits.filter((e): e is RestoreEdit => e.kind === 'restore' && e.passage !== 'content');
    const findings = edits.filter((e) => e.kind !== 'retime').length - leftOut.length + (edits.some((e) => e.kind === 'retime') ? 1 : 0);
    expect(leftOut.length).toBeGreaterThan(0);
    const { page } = await openAligned(pages, library, CUT);
    // Reading mode shows inline only what the transcript does not say.
    const content = edits.filter((e) => e.kind === 'restore' && e.passage === 'content').length;
    expect(await page.locator('.skipped-passage').count()).toBe(content);
    await page.getByRole('button', { name: `Review ${findings} findings` }).click();
    await page.locator('.review-panel').waitFor();
    expect(await page.locator('.review-count').innerText()).toBe(`${findings} of ${findings} findings left to review`);
    expect(await page.locator('.review-left-out-note').innerText()).toMatch(
      new RegExp(`^${leftOut.length} passages of the recording are left out as an editor would`),
    );

    // Every left-out passage is a folded chip saying why, in its turn; none offers Restore until unfolded.
    const chips = page.locator('.review-left-out .review-fold');
    expect(await chips.count()).toBe(leftOut.length);
    expect(await page.locator('.review-left-out [aria-expanded="true"]').count()).toBe(0);
    expect(
      await page
        .locator('.review-left-out')
        .getByRole('button', { name: /anyway/ })
        .count(),
    ).toBe(0);
    const restart = leftOut.find((e) => e.words.join(' ') === "So evolution doesn't, that's really interesting.")!;
    const finding = page.locator(`[data-edit="${restart.id}"]`);
    // Far down the talk: brought on screen, its chunk is drawn in full.
    await finding.scrollIntoViewIfNeeded();
    await poll(() => finding.locator('.review-fold').innerText()).toBe('left out · repeats nearby words');
    await finding.locator('.review-fold').click();
    expect(await finding.locator('.skipped-words').innerText()).toBe("So evolution doesn't, that's really interesting.");
    await finding.getByRole('button', { name: /^Restore the left-out passage at 10:5\d anyway$/ }).click();
    await poll(() => finding.getAttribute('data-decision')).toBe('accepted');
    expect(await finding.locator('ins').innerText()).toBe("So evolution doesn't, that's really interesting.");
    // Restoring it anyway is a change, not a finding decided.
    expect(await page.locator('.review-count').innerText()).toBe(`${findings} of ${findings} findings left to review`);
  });

  it('says which span a clip of the captions covers, and raises no alarm', async ({ pages, library }) => {
    const { page } = await openAligned(pages, library, CLIP);
    const bar = page.locator('.alignment-bar');
    expect(await bar.innerText()).toMatch(/The captions cover 0:00–0:18 only: the turns after it keep their own times and were not checked\./);
    expect(await bar.innerText()).not.toMatch(/% of the talk's words/);
    const colours = await bar.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(document.body).getPropertyValue('--danger')]);
    expect(colours[0]).not.toBe(colours[1]);
  });
});
