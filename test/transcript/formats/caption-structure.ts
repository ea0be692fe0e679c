/**
 * Independent checks of exported caption files against the formats' rules, written from the WebVTT spec
 * and the SubRip convention rather than from the exporters, so a broken exporter cannot pass itself.
 */

export interface CheckedCue {
  id: string | null;
  /** Milliseconds. */
  start: number;
  end: number;
  lines: string[];
}

const VTT_TIME = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/;
const SRT_TIME = /^(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})$/;

function ms(m: RegExpExecArray): number {
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

function timing(line: string, time: RegExp): { start: number; end: number } {
  const parts = line.split(' --> ');
  if (parts.length !== 2) throw new Error(`not a timing line: ${line}`);
  const a = time.exec(parts[0]!);
  const b = time.exec(parts[1]!);
  if (!a || !b) throw new Error(`bad timing line: ${line}`);
  return { start: ms(a), end: ms(b) };
}

function checkOrder(cues: readonly CheckedCue[]): void {
  cues.forEach((c, i) => {
    if (!(c.end > c.start)) throw new Error(`cue ${i + 1} does not end after it starts`);
    if (i > 0 && c.start < cues[i - 1]!.start) throw new Error(`cue ${i + 1} starts before cue ${i}`);
  });
}

/** Parses a WebVTT file strictly, throwing on the first rule it breaks; returns its cues and notes. */
export function checkWebVtt(text: string): { cues: CheckedCue[]; notes: string[][] } {
  if (!text.endsWith('\n')) throw new Error('file does not end with a line break');
  const blocks = text.slice(0, -1).split('\n\n');
  if (blocks[0] !== 'WEBVTT') throw new Error('header is not "WEBVTT" followed by a blank line');
  const cues: CheckedCue[] = [];
  const notes: string[][] = [];
  const ids = new Set<string>();
  for (const block of blocks.slice(1)) {
    const lines = block.split('\n');
    if (lines.some((l) => l === '')) throw new Error('more than one blank line between blocks');
    if (/^NOTE($|[ \t])/.test(lines[0]!)) {
      if (block.includes('-->')) throw new Error('a NOTE contains "-->"');
      notes.push(lines);
      continue;
    }
    const hasId = !lines[0]!.includes('-->');
    const id = hasId ? lines[0]! : null;
    if (id !== null) {
      if (ids.has(id)) throw new Error(`cue id "${id}" is not unique`);
      ids.add(id);
    }
    const payload = lines.slice(hasId ? 2 : 1);
    const cueTiming = timing(lines[hasId ? 1 : 0]!, VTT_TIME);
    let lastStamp = cueTiming.start;
    for (const l of payload) {
      if (l.includes('-->')) throw new Error(`cue text contains "-->": ${l}`);
      // Cue timestamps must lie inside the cue and increase (WebVTT spec, cue text timestamps).
      for (const m of l.matchAll(/<(\d{2,}:[0-5]\d:[0-5]\d\.\d{3})>/g)) {
        const t = ms(VTT_TIME.exec(m[1]!)!);
        if (!(t > lastStamp && t < cueTiming.end)) throw new Error(`cue timestamp ${m[1]} out of order or outside its cue`);
        lastStamp = t;
      }
      // Outside the voice tag and timestamps, '<' starts no tag and every '&' starts a character reference.
      const rest = l.replace(/^<v [^<>&\n]*(?:&(?:amp|lt|gt);[^<>&\n]*)*>/, '').replace(/<\d{2,}:[0-5]\d:[0-5]\d\.\d{3}>/g, '');
      if (rest.includes('<') || rest.includes('>')) throw new Error(`unescaped < or > in cue text: ${l}`);
      if (/&(?!amp;|lt;|gt;)/.test(rest)) throw new Error(`unescaped & in cue text: ${l}`);
    }
    cues.push({ id, ...cueTiming, lines: payload });
  }
  checkOrder(cues);
  return { cues, notes };
}

/** Parses a SubRip file strictly: numbered from 1, `,` before the milliseconds, text on every cue. */
export function checkSrt(text: string): CheckedCue[] {
  if (!text.endsWith('\n')) throw new Error('file does not end with a line break');
  const cues = text
    .slice(0, -1)
    .split('\n\n')
    .map((block, i) => {
      const lines = block.split('\n');
      if (lines[0] !== String(i + 1)) throw new Error(`cue ${i + 1} is numbered "${lines[0]}"`);
      if (lines.length < 3 || lines.slice(2).some((l) => l.trim() === '')) throw new Error(`cue ${i + 1} has no text`);
      return { id: lines[0]!, ...timing(lines[1]!, SRT_TIME), lines: lines.slice(2) };
    });
  checkOrder(cues);
  return cues;
}
