/**
 * A talk in Talkline's markdown format, written so that `readMarkdown` reads back the same words, speakers,
 * chapters and written stamps: front matter (title, date, youtube and the other keys read), the
 * description, `## Chapter` headings, a stamp line `[m:ss](https://youtu.be/ID?t=N)` before each turn
 * whose stamp was written (estimated starts stay unwritten so they are estimated again), and
 * `**Speaker:** text` with paragraphs separated by blank lines.
 *
 * The format has no escapes, so a line that would read as markup (a heading, a stamp, a speaker label)
 * is joined to the line before it instead: the words stay, only the line break moves.
 */
import { formatClock } from '../../time/clock.ts';
import type { Talk, Turn } from '../../types.ts';

const MARKUP_LINE = /^(?:#{1,6}\s|\[\d{1,3}(?::\d{1,2})?:\d{2}\]|\*\*[^*]{1,80}?\s*:\s*\*\*|\*\*[^*:]{1,80}?\*\*\s*:)/;

/** Front-matter keys written from the talk rather than copied from its meta. */
const FROM_TALK = new Set(['title', 'date', 'youtube']);

function frontMatterValue(value: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  // The reader strips one pair of matching quotes; a value that has its own keeps them inside another pair.
  const quoted = v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")));
  if (!quoted) return v;
  return v.startsWith('"') ? `'${v}'` : `"${v}"`;
}

function frontMatter(talk: Talk): string[] {
  const lines = ['---', `title: ${frontMatterValue(talk.title)}`];
  const date = talk.meta.date ?? talk.date;
  if (date) lines.push(`date: ${frontMatterValue(date)}`);
  if (talk.videoId !== null) lines.push(`youtube: ${talk.videoId}`);
  for (const [key, value] of Object.entries(talk.meta)) {
    if (!FROM_TALK.has(key) && /^[A-Za-z_][\w-]*$/.test(key)) lines.push(`${key}: ${frontMatterValue(value)}`);
  }
  lines.push('---');
  return lines;
}

/** The stamp line of a turn, linked to the video when the talk has one. */
function stampLine(seconds: number, videoId: string | null): string {
  const label = `[${formatClock(seconds)}]`;
  return videoId === null ? label : `${label}(https://youtu.be/${videoId}?t=${Math.floor(seconds)})`;
}

/**
 * Lines of a turn's paragraphs, with markup-like lines joined to the line before. A paragraph whose first
 * line would read as markup joins the previous paragraph for the same reason.
 */
function turnLines(turn: Turn): string[][] {
  const paragraphs: string[][] = [];
  for (const paragraph of turn.paragraphs) {
    const lines: string[] = [];
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const target = lines.length > 0 ? lines : paragraphs[paragraphs.length - 1];
      if (target !== undefined && MARKUP_LINE.test(line)) {
        target[target.length - 1] += ` ${line}`;
        continue;
      }
      lines.push(line);
    }
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs;
}

/** The talk as a markdown talk file. */
export function toMarkdown(talk: Talk): string {
  const out: string[] = [...frontMatter(talk), ''];
  if (talk.description.trim() !== '') out.push(talk.description.trim(), '');
  let nextChapter = 0;
  const chaptersUpTo = (turnIndex: number) => {
    while (nextChapter < talk.chapters.length && talk.chapters[nextChapter]!.firstTurn <= turnIndex) {
      out.push(`## ${talk.chapters[nextChapter]!.title}`, '');
      nextChapter++;
    }
  };
  talk.turns.forEach((turn, i) => {
    chaptersUpTo(i);
    if (turn.stamp !== null) out.push(stampLine(turn.stamp, talk.videoId));
    const label = turn.speaker === null ? '' : `**${turn.speaker}:**`;
    const paragraphs = turnLines(turn);
    if (paragraphs.length === 0) out.push(label);
    paragraphs.forEach((lines, k) => {
      const [first, ...rest] = lines;
      out.push(k === 0 && label !== '' ? `${label} ${first}` : first!, ...rest);
      if (k < paragraphs.length - 1) out.push('');
    });
    out.push('');
  });
  chaptersUpTo(Number.POSITIVE_INFINITY);
  return `${out.join('\n').replace(/(?<!\n)\n+$/, '')}\n`;
}
