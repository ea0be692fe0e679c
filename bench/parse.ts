/** Parser figures: the bundled talk and a generated 10-hour talk, median ms and MB/s. */
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import { bundledTalk, generateTalk } from './generate-talk.ts';
import { median, ms, row, timeRuns } from './stats.ts';

export function runParseBench(): void {
  console.log('Parser');
  for (const [label, text, runs] of [
    ['bundled talk (1 h 37 min)', bundledTalk(), 200],
    ['generated 10-hour talk', generateTalk(10), 20],
  ] as const) {
    const bytes = new TextEncoder().encode(text).length;
    const words = readMarkdown(text).talk!.turns.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
    const med = median(timeRuns(() => readMarkdown(text), runs));
    row(`${label}: ${(bytes / 1024).toFixed(0)} KB, ${words} words, median of ${runs}`, `${ms(med)}  (${(bytes / 1048576 / (med / 1000)).toFixed(1)} MB/s)`);
  }
}
