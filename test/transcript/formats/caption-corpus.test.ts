/**
 * The caption corpus (`test/fixtures/corpus/`): every caption file there, read as the page reads it, against
 * the snapshot beside it (`NAME.turns.txt`): each turn's start, speaker and paragraphs, and the chapters. A
 * change to how cues become turns (the paragraph rule, speaker marks, pauses) shows as a diff of those files,
 * to read in review; `npm run test:unit -- -u` writes them again (see CONTRIBUTING.md, "Tests").
 */
import { describe, expect, it } from 'vitest';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { CORPUS, SNAPSHOT_SUFFIX, captionFixture, corpusFiles } from '../../fixtures/corpus.ts';

/** `h:mm:ss.mmm`, so that starts line up and sort as text. */
function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${Math.floor(ms / 3_600_000)}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/**
 * The talk as a reviewer reads it: a line per turn (its start and speaker), its paragraphs beneath it, one
 * indented line each, and each chapter's title where it starts.
 */
function describeTurns(name: string, talk: Talk): string {
  const chapterAt = new Map(talk.chapters.map((chapter) => [chapter.firstTurn, chapter.title]));
  const out = [`${name}: ${talk.turns.length} turns, ${talk.speakers.length} speakers, ${talk.chapters.length} chapters`];
  for (const turn of talk.turns) {
    const chapter = chapterAt.get(turn.index);
    if (chapter !== undefined) out.push('', `## ${chapter}`);
    out.push('', `${clock(turn.start)}  ${turn.speaker ?? '(no speaker)'}`);
    for (const paragraph of turn.paragraphs) out.push(`    ${paragraph.replace(/\s*\n\s*/g, ' ')}`);
  }
  return `${out.join('\n')}\n`;
}

describe('the caption corpus', () => {
  const files = corpusFiles();

  it('holds the real caption files and one hand-made file for each paragraph rule', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const extension of ['.vtt', '.srt', '.json']) expect(files.some((name) => name.endsWith(extension))).toBe(true);
  });

  it.each(files)('%s reads as the turns in its snapshot', async (name) => {
    const { talk, diagnostics } = readTalk(captionFixture(name), name);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await expect(describeTurns(name, talk!)).toMatchFileSnapshot(`${CORPUS}${name}${SNAPSHOT_SUFFIX}`);
  });
});
