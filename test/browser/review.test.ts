// Review mode in Chromium: a library of the bundled talk with three sentences cut and one turn given to the
// wrong speaker, with the recording's captions beside it (WebVTT naming each cue's speaker). The reader
// restores two passages, dismisses one, undoes a decision, gives the turn back to its speaker and
// downloads the corrected transcript, which must parse to the talk with exactly those changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTalk } from '../../src/align/align-talk.ts';
import { type FixEdit, applyEdits, proposeFixes } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { toWebVtt } from '../../src/transcript/formats/write-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { type CutSentence, cutSentencesFromFile } from '../fixtures/edited-talk-file.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { withSpeakers } from '../fixtures/speaker-captions.ts';
import { type Pages, describe, expect, it, libraryOf } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';
import { type OpenViewer, poll } from './viewer-page.ts';

const NAME = 'lex-fridman-ilya-sutskever';
/** The turn whose label the clean-up got wrong. */
const SWAPPED = 57;

const other = (name: string | null) => (name === 'Lex Fridman' ? 'Ilya Sutskever' : 'Lex Fridman');
const bare = (words: readonly string[]) => words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '')).filter(Boolean);

/** The file with turn `turn`'s label naming the other speaker; every other byte kept. */
function swapLabel(text: string, talk: Talk, turn: number): string {
  const lines = text.split('\n');
  const from = talk.turns[turn]!.line - 1;
  const speaker = talk.turns[turn]!.speaker!;
  for (let l = from; l < lines.length; l++) {
    if (lines[l]!.includes(`**${speaker}:**`)) {
      lines[l] = lines[l]!.replace(`**${speaker}:**`, `**${other(speaker)}:**`);
      return lines.join('\n');
    }
  }
  throw new Error(`no label for turn ${turn}`);
}

const original: Talk = bundledTalk();
const gen = makeCaptions(original, { seed: 31 });
const { text: cutText, cut } = cutSentencesFromFile(bundledTalkText(), original, 3, 31);
// The swapped turn keeps its words, so its one finding is the reassignment.
if (cut.some((c) => c.turn === SWAPPED)) throw new Error(`a sentence was cut from turn ${SWAPPED}, whose label is swapped: choose another seed`);
const editedText = swapLabel(cutText, original, SWAPPED);
const edited: Talk = readMarkdown(editedText, `${NAME}.md`).talk!;
const vtt = toWebVtt(withSpeakers(gen, original));
// What the page will propose, from the same files: the download must equal these fixes applied.
const edits: FixEdit[] = proposeFixes(alignTalk(edited, readTalk(vtt, `${NAME}.en.vtt`).talk!), edited);

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    writeFileSync(join(folder, `${NAME}.md`), editedText);
    writeFileSync(join(folder, `${NAME}.en.vtt`), vtt);
  }),
);

async function openReview(pages: Pages, library: ServedLibrary): Promise<OpenViewer> {
  const viewer = await pages.viewer({ baseUrl: library.url, acceptDownloads: true });
  const { page } = viewer;
  await poll(() => page.locator('.alignment-bar').getAttribute('data-status'), 30_000).toBe('aligned');
  await page.getByRole('button', { name: /^Review \d+ findings$/ }).click();
  await page.locator('.review-panel').waitFor();
  return viewer;
}

const restoreOf = (sentence: CutSentence) => edits.find((e) => e.kind === 'restore' && e.turn === sentence.turn)!;

describe('review mode on a talk with its captions beside it', () => {
  it('restores, dismisses, undoes and reassigns, and downloads exactly the accepted changes', async ({ pages, library }) => {
    const { page } = await openReview(pages, library);
    const [a, b, c] = cut as [CutSentence, CutSentence, CutSentence];
    const reassign = edits.find((e) => e.kind === 'reassign');
    expect(reassign).toMatchObject({ turn: SWAPPED, to: original.turns[SWAPPED]!.speaker });
    const findings = edits.filter((e) => e.kind !== 'retime').length + (edits.some((e) => e.kind === 'retime') ? 1 : 0);
    const count = page.locator('.review-count');
    expect(await count.innerText()).toBe(`${findings} of ${findings} findings left to review`);

    const finding = (id: string) => page.locator(`[data-edit="${id}"]`);
    const turnText = (turn: number) => page.locator(`.turn[data-index="${turn}"]`).innerText();
    // Restore A: its words now read in the turn, as transcript text rather than a greyed passage.
    await finding(restoreOf(a).id)
      .getByRole('button', { name: /^Restore/ })
      .click();
    await poll(() => finding(restoreOf(a).id).getAttribute('data-decision')).toBe('accepted');
    expect(await finding(restoreOf(a).id).locator('ins').innerText()).toBe((restoreOf(a) as { text: string }).text);
    // Restore C by mistake, and undo it with the button.
    await finding(restoreOf(c).id)
      .getByRole('button', { name: /^Restore/ })
      .click();
    await poll(() => finding(restoreOf(c).id).getAttribute('data-decision')).toBe('accepted');
    await page.locator('.review-panel').getByRole('button', { name: 'Undo' }).click();
    await poll(() => finding(restoreOf(c).id).getAttribute('data-decision')).toBe('open');
    expect(await turnText(c.turn)).toContain('In the recording, not in the transcript');
    // Restore B, dismiss C; Ctrl+Z takes the dismissal back, Shift+Ctrl+Z does it again.
    await finding(restoreOf(b).id)
      .getByRole('button', { name: /^Restore/ })
      .click();
    await finding(restoreOf(c).id)
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await poll(() => finding(restoreOf(c).id).getAttribute('data-decision')).toBe('dismissed');
    await page.keyboard.press('Control+z');
    await poll(() => finding(restoreOf(c).id).getAttribute('data-decision')).toBe('open');
    await page.keyboard.press('Control+Shift+z');
    await poll(() => finding(restoreOf(c).id).getAttribute('data-decision')).toBe('dismissed');
    expect(bare(splitWords(await turnText(c.turn)))).not.toEqual(expect.arrayContaining(bare(c.words)));
    // Give the swapped turn back to its speaker.
    await finding(reassign!.id)
      .getByRole('button', { name: `Reassign to ${original.turns[SWAPPED]!.speaker}` })
      .click();
    await poll(() => finding(reassign!.id).getAttribute('data-decision')).toBe('accepted');
    expect(await count.innerText()).toBe(`${findings - 4} of ${findings} findings left to review`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download corrected transcript' }).click()]);
    expect(download.suggestedFilename()).toBe(`${NAME}.md`);
    const text = readFileSync((await download.path())!, 'utf8');
    const accepted = new Set([restoreOf(a).id, restoreOf(b).id, reassign!.id]);
    expect(text).toBe(
      applyEdits(
        editedText,
        edited,
        edits.filter((e) => accepted.has(e.id)),
      ),
    );

    // Read back: the restored sentences are in their turns again, the dismissed one is not, the swapped
    // turn has its speaker back, and every other turn is as the edited file had it.
    const fixed = readTalk(text, `${NAME}.md`).talk!;
    expect(fixed.turns).toHaveLength(edited.turns.length);
    for (const sentence of [a, b]) {
      const words = new Set(bare(splitWords(fixed.turns[sentence.turn]!.text)));
      const wanted = bare(sentence.words);
      expect(wanted.filter((w) => words.has(w)).length, sentence.words.join(' ')).toBeGreaterThanOrEqual(wanted.length * 0.8);
      expect(splitWords(fixed.turns[sentence.turn]!.text).length).toBeGreaterThan(splitWords(edited.turns[sentence.turn]!.text).length);
    }
    expect(fixed.turns[c.turn]!.text).toBe(edited.turns[c.turn]!.text);
    expect(fixed.turns[SWAPPED]!.speaker).toBe(original.turns[SWAPPED]!.speaker);
    fixed.turns.forEach((turn, k) => {
      if (k === a.turn || k === b.turn) return;
      expect(turn.text, `turn ${k}`).toBe(edited.turns[k]!.text);
      expect(turn.speaker, `turn ${k}`).toBe(k === SWAPPED ? original.turns[k]!.speaker : edited.turns[k]!.speaker);
      expect(turn.stamp, `turn ${k}`).toBe(edited.turns[k]!.stamp);
    });
  });

  it('explains "check who speaks here" on a key press or a tap, in words, with the moment to listen to', async ({ pages, library }) => {
    const { page, youtube } = await openReview(pages, library);
    const reassign = edits.find((e) => e.kind === 'reassign')!;
    const finding = page.locator(`[data-edit="${reassign.id}"]`);
    const toggle = finding.getByRole('button', { name: 'check who speaks here' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // From the keyboard: focus it, Enter opens the note; Escape closes it and leaves focus on it.
    await toggle.focus();
    await page.keyboard.press('Enter');
    const note = finding.getByRole('note');
    await poll(() => note.count()).toBe(1);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const said = await note.innerText();
    expect(said).not.toMatch(/\d\.\d s/);
    expect(said).toContain('take the fix below or dismiss the check');
    await page.keyboard.press('Escape');
    await poll(() => note.count()).toBe(0);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    // A tap (or click) opens it too, and its action plays the moment, without seeking the turn's start first.
    await toggle.click();
    const listen = note.getByRole('button', { name: /^Listen from \d+:\d\d$/ });
    const [, minutes, seconds] = /(\d+):(\d\d)/.exec(await listen.innerText())!;
    await listen.click();
    await poll(() => youtube.state()).toBe(1);
    const seeks = (await youtube.seekCalls()).map(([at]) => at);
    expect(seeks).toHaveLength(1);
    expect(Math.floor(seeks[0]!)).toBe(Number(minutes) * 60 + Number(seconds));
    // The note stays with the finding's fix and dismissal, still to decide.
    expect(await finding.getAttribute('data-decision')).toBe('open');
  });

  it('plays a passage from its start and stops after its end', async ({ pages, library }) => {
    const { page, youtube } = await openReview(pages, library);
    const edit = restoreOf(cut[0]!) as { id: string; start: number; end: number };
    await page.locator(`[data-edit="${edit.id}"]`).getByRole('button', { name: /^Play/ }).click();
    await poll(async () => (await youtube.seekCalls()).some(([seconds]) => Math.abs(seconds - edit.start) < 0.01)).toBe(true);
    await poll(() => youtube.state()).toBe(1);
    await youtube.setTime(edit.end + 1);
    await poll(() => youtube.state()).toBe(2);
  });

  it('uses the recording’s times for every stamp in one step, and saves them', async ({ pages, library }) => {
    const { page } = await openReview(pages, library);
    const retimes = edits.filter((e) => e.kind === 'retime');
    expect(retimes.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Use the recording’s times' }).click();
    await page.getByText('using the recording’s times').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download corrected transcript' }).click()]);
    const fixed = readTalk(readFileSync((await download.path())!, 'utf8'), `${NAME}.md`).talk!;
    for (const r of retimes) expect(fixed.turns[r.turn]!.stamp, `turn ${r.turn}`).toBe((r as { to: number }).to);
    // One step: a single undo brings every written stamp back.
    await page.locator('.review-panel').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Use the recording’s times' }).waitFor();
  });
});
