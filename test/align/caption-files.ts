/**
 * Generated captions written out as the files people actually have, so alignment is tested through the
 * real readers: yt-dlp's rolling auto-captions (WebVTT with per-word times and repeated lines).
 */
import type { Talk } from '../../src/transcript/types.ts';

function vttClock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * A caption talk whose cues carry per-word times, written the way yt-dlp writes YouTube auto-captions:
 * each cue shows the previous line and the new one (words after the first timed inline), followed by a
 * 10 ms cue showing the finished line alone.
 */
export function toRollingVtt(captions: Talk): string {
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  let previous = '';
  captions.turns.forEach((cue, k) => {
    const words = cue.words ?? [];
    if (words.length === 0) return;
    const next = captions.turns[k + 1]?.start ?? words[words.length - 1]!.start + 1;
    const end = Math.max(next - 0.01, words[words.length - 1]!.start + 0.01);
    const timed = words.map((w, i) => (i === 0 ? w.text : `<${vttClock(w.start)}><c> ${w.text}</c>`)).join('');
    out.push(`${vttClock(cue.start)} --> ${vttClock(end)} align:start position:0%`, previous === '' ? ' ' : previous, timed, '');
    previous = words.map((w) => w.text).join(' ');
    out.push(`${vttClock(end)} --> ${vttClock(end + 0.01)} align:start position:0%`, previous, ' ', '');
  });
  return out.join('\n');
}
