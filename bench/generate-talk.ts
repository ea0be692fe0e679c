/**
 * Long talks for benchmarks: the bundled talk's turns repeated with shifted stamps and varied words,
 * so a 10-hour talk has the bundled talk's shape (turn lengths, stamp density) at ten times the size.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bundledTalkPath = fileURLToPath(new URL('../content/lex-fridman-ilya-sutskever.md', import.meta.url));
export const bundledTalk = (): string => readFileSync(bundledTalkPath, 'utf8');

function clock(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A markdown talk of about `hours` hours built from the bundled talk's body. */
export function generateTalk(hours: number): string {
  const source = bundledTalk().split('\n');
  const body = source.slice(source.findIndex((l) => l.startsWith('## ')));
  const span = 5836; // the bundled talk's length in seconds
  const copies = Math.max(1, Math.round((hours * 3600) / span));
  const out = ['---', `title: Generated ${hours}-hour talk`, 'youtube: 13CZPWmke6A', '---', ''];
  for (let c = 0; c < copies; c++) {
    const shift = c * span;
    for (const line of body) {
      const m = /^\[[\d:]+\]\(https:\/\/youtu\.be\/13CZPWmke6A\?t=(\d+)\)$/.exec(line);
      if (m) {
        const t = Number(m[1]) + shift;
        out.push(`[${clock(t)}](https://youtu.be/13CZPWmke6A?t=${t})`);
      } else if (line.startsWith('## ')) {
        out.push(`${line} (part ${c + 1})`);
      } else {
        // Vary words per copy so search and alignment do not see one text ten times.
        out.push(c === 0 ? line : line.replace(/\b([a-z]{7,})\b/g, (w, _x, i: number) => ((i + c) % 5 === 0 ? `${w}${c}` : w)));
      }
    }
  }
  return out.join('\n');
}
