// applyEdits on hand-written talk files: each kind of edit changes only its own characters, whatever the
// file's layout (front matter, preface, stamps on their own line or opening the label line, unlabelled
// paragraphs, CRLF), and edits that cannot be written are refused with a reason. applyEditsToBytes does
// the same at a file's bytes, in each encoding the files are read in.
import { describe, expect, it } from 'vitest';
import { applyEdits, applyEditsToBytes, FixError, type FixEdit } from '../../src/align/fix/index.ts';
import { decodeText } from '../../src/transcript/decode-text.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';

const FILE = [
  '---',
  'title: A talk',
  '---',
  '',
  'A preface, kept as written.',
  '',
  '## First chapter',
  '',
  '[0:05](https://youtu.be/aB3dE5fG7hJ?t=5)',
  '**Ann:** We trained a big network.   It worked.',
  '',
  '[04:38](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=4m38s) **Bob:** Where was the doubt?',
  'It was in the compute.',
  '',
  'A second paragraph of Bob.',
  '',
  '[1:02:03]',
  'Unlabelled text after a stamp.',
  '',
].join('\n');

function read(text: string): Talk {
  const { talk } = readMarkdown(text, 'talk.md');
  if (!talk) throw new Error('fixture did not parse');
  return talk;
}

const base = { line: 0 };
// What a restore of content carries besides its words (see RestoreEdit).
const content = { passage: 'content', why: null } as const;

describe('applyEdits', () => {
  const talk = read(FILE);

  it('gives the text back unchanged without edits', () => {
    expect(applyEdits(FILE, talk, [])).toBe(FILE);
  });

  it('inserts a restored passage before a word, at the end of a turn, and at its start', () => {
    const edits: FixEdit[] = [
      { ...base, ...content, kind: 'restore', id: 'r1', turn: 0, beforeWord: 5, text: 'On lots of data.', words: [], start: 0, end: 0 },
      { ...base, ...content, kind: 'restore', id: 'r2', turn: 1, beforeWord: 14, text: 'Then GPUs came.', words: [], start: 0, end: 0 },
      { ...base, ...content, kind: 'restore', id: 'r3', turn: 2, beforeWord: 0, text: 'So.', words: [], start: 0, end: 0 },
    ];
    const out = applyEdits(FILE, talk, edits);
    const lines = out.split('\n');
    const before = FILE.split('\n');
    expect(lines).toHaveLength(before.length);
    expect(lines[9]).toBe('**Ann:** We trained a big network.   On lots of data. It worked.');
    expect(lines[14]).toBe('A second paragraph of Bob. Then GPUs came.');
    expect(lines[17]).toBe('So. Unlabelled text after a stamp.');
    expect(lines.filter((l, k) => l !== before[k])).toHaveLength(3);
  });

  it('rewrites stamps in the form they were written, label and link together', () => {
    const edits: FixEdit[] = [
      { ...base, kind: 'retime', id: 't0', turn: 0, from: 5, to: 7, drift: 2, notable: false },
      { ...base, kind: 'retime', id: 't1', turn: 1, from: 278, to: 285, drift: 7, notable: true },
      { ...base, kind: 'retime', id: 't2', turn: 2, from: 3723, to: 3725, drift: 2, notable: false },
    ];
    const lines = applyEdits(FILE, talk, edits).split('\n');
    expect(lines[8]).toBe('[0:07](https://youtu.be/aB3dE5fG7hJ?t=7)');
    expect(lines[11]).toBe('[04:45](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=4m45s) **Bob:** Where was the doubt?');
    expect(lines[16]).toBe('[1:02:05]');
    const back = read(lines.join('\n'));
    expect(back.turns.map((t) => t.stamp)).toEqual([7, 285, 3725]);
  });

  it('reassigns a labelled turn by its name only, and labels an unlabelled one', () => {
    const edits: FixEdit[] = [
      { ...base, kind: 'reassign', id: 'a1', turn: 1, from: 'Bob', to: 'Ann' },
      { ...base, kind: 'reassign', id: 'a2', turn: 2, from: 'Bob', to: 'Cy' },
    ];
    const out = applyEdits(FILE, talk, edits);
    expect(out.split('\n')[11]).toBe('[04:38](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=4m38s) **Ann:** Where was the doubt?');
    expect(out.split('\n')[17]).toBe('**Cy:** Unlabelled text after a stamp.');
    expect(read(out).turns.map((t) => t.speaker)).toEqual(['Ann', 'Ann', 'Cy']);
  });

  it('splits a turn into a new labelled paragraph, relabelling the first part when it is someone else', () => {
    const edits: FixEdit[] = [
      { ...base, kind: 'split', id: 's1', turn: 1, atWord: 4, firstSpeaker: 'Bob', restSpeaker: 'Ann', time: 0 },
      { ...base, kind: 'split', id: 's2', turn: 0, atWord: 5, firstSpeaker: 'Bob', restSpeaker: 'Ann', time: 0 },
    ];
    const back = read(applyEdits(FILE, talk, edits));
    expect(back.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Bob', 'We trained a big network.'],
      ['Ann', 'It worked.'],
      ['Bob', 'Where was the doubt?'],
      ['Ann', 'It was in the compute.\n\nA second paragraph of Bob.'],
      ['Bob', 'Unlabelled text after a stamp.'],
    ]);
  });

  it('keeps CRLF line ends, including in the lines a split adds', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const edits: FixEdit[] = [
      { ...base, kind: 'split', id: 's1', turn: 1, atWord: 4, firstSpeaker: 'Bob', restSpeaker: 'Ann', time: 0 },
      { ...base, kind: 'retime', id: 't1', turn: 1, from: 278, to: 285, drift: 7, notable: true },
      { ...base, ...content, kind: 'restore', id: 'r1', turn: 0, beforeWord: 5, text: 'On lots of data.', words: [], start: 0, end: 0 },
    ];
    const out = applyEdits(crlf, read(crlf), edits);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out).toBe(applyEdits(FILE, talk, edits).replace(/\n/g, '\r\n'));
  });

  it('writes restored caption words that look like markup as text, keeping every turn and speaker', () => {
    const restore = (id: string, turn: number, beforeWord: number, text: string): FixEdit => ({
      ...base,
      ...content,
      kind: 'restore',
      id,
      turn,
      beforeWord,
      text,
      words: [],
      start: 0,
      end: 0,
    });
    const shape = (t: Talk) => t.turns.map((u) => [u.speaker, u.stamp]);
    const cases: Array<[FixEdit, string]> = [
      // Before the first word of a line of a labelled turn: the passage goes at the end of the line above.
      [
        restore('r1', 1, 4, '**Mallory:** I disagree.'),
        '[04:38](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=4m38s) **Bob:** Where was the doubt? **Mallory:** I disagree.',
      ],
      [restore('r2', 1, 9, '[9:59] And then?'), 'It was in the compute. [9:59] And then?'],
      [restore('r3', 1, 9, '## Not a chapter.'), 'It was in the compute. ## Not a chapter.'],
      // Before the first word of an unlabelled turn: the line gets the label of the speaker it already has.
      [restore('r4', 2, 0, '**Mallory:** Then.'), '**Bob:** **Mallory:** Then. Unlabelled text after a stamp.'],
      // Where the line keeps its markup, the passage goes where it was found.
      [restore('r5', 0, 0, '**Mallory:** So.'), '**Ann:** **Mallory:** So. We trained a big network.   It worked.'],
      [restore('r6', 1, 9, '- a list? > a quote? `code`'), '- a list? > a quote? `code` A second paragraph of Bob.'],
    ];
    for (const [edit, line] of cases) {
      const out = applyEdits(FILE, talk, [edit]);
      expect(out.split('\n'), edit.id).toContain(line);
      const again = read(out);
      expect(shape(again), edit.id).toEqual(shape(talk));
      expect(again.chapters, edit.id).toHaveLength(1);
      expect(again.turns.map((t) => t.text).join(' '), edit.id).toContain(edit.kind === 'restore' ? edit.text : '');
    }
    // Text before the first speaker has no label to take: nothing can keep such a line text.
    const unnamed = '---\nyoutube: aB3dE5fG7hJ\n---\n\n[0:01]\nNobody named.\n';
    expect(() => applyEdits(unnamed, read(unnamed), [restore('r7', 0, 0, '**Mallory:** Hi.')])).toThrow(
      /edit r7: the restored words "\*\*Mallory:\*\* Hi\." would open line 0 as markup \(a heading, stamp or speaker label\); add them by hand/,
    );
  });

  it('refuses edits that cannot be written, saying why', () => {
    const restore = (id: string, turn: number, beforeWord: number): FixEdit => ({
      ...base,
      ...content,
      kind: 'restore',
      id,
      turn,
      beforeWord,
      text: 'x',
      words: [],
      start: 0,
      end: 0,
    });
    const reassign = (id: string, to: string): FixEdit => ({ ...base, kind: 'reassign', id, turn: 1, from: 'Bob', to });
    expect(() => applyEdits(FILE, talk, [restore('a', 9, 0)])).toThrow(/names turn 9, but the talk has 3 turns/);
    expect(() => applyEdits(FILE, talk, [restore('a', 0, 99)])).toThrow(/word 99 is outside turn 0/);
    expect(() => applyEdits(FILE, talk, [restore('a', 0, 1), restore('a', 0, 2)])).toThrow(/edit a is given twice/);
    expect(() => applyEdits(FILE, talk, [reassign('a', 'Ann'), reassign('b', 'Cy')])).toThrow(/edits a and b both change/);
    expect(() => applyEdits(FILE, talk, [reassign('a', '**')])).toThrow(/cannot be a speaker label/);
    expect(() => applyEdits(FILE, talk, [{ ...base, kind: 'split', id: 's', turn: 2, atWord: 0, firstSpeaker: 'Bob', restSpeaker: 'Ann', time: 0 }])).toThrow(
      /cannot be split before word 0/,
    );
    expect(() => applyEdits(FILE, talk, [{ ...base, kind: 'retime', id: 't', turn: 0, from: 5, to: -1, drift: 0, notable: false }])).toThrow(FixError);
  });

  it('refuses a talk read from another version of the file', () => {
    const changed = FILE.replace('It was in the compute.', 'It was in the data.');
    expect(() => applyEdits(changed, talk, [{ ...base, kind: 'reassign', id: 'a', turn: 0, from: 'Ann', to: 'Bob' }])).toThrow(
      /line 13 does not hold the text the talk was read with/,
    );
  });

  it('refuses caption formats, naming the format and the way to markdown', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>We trained a big network.\n';
    const captions = readTalk(vtt, 'talk.vtt').talk!;
    expect(() => applyEdits(vtt, captions, [{ ...base, kind: 'reassign', id: 'a', turn: 0, from: 'Ann', to: 'Bob' }])).toThrow(
      /only markdown talks can be fixed in place; this talk was read as webvtt .*--to md/,
    );
  });
});

describe('applyEditsToBytes', () => {
  const restore = (text: string): FixEdit => ({ ...base, ...content, kind: 'restore', id: 'r1', turn: 0, beforeWord: 5, text, words: [], start: 0, end: 0 });
  const retime: FixEdit = { ...base, kind: 'retime', id: 't1', turn: 1, from: 278, to: 285, drift: 7, notable: true };
  /** Reads `bytes` as the command line does and applies `edits` to the bytes read. */
  const fix = (bytes: Uint8Array, edits: FixEdit[]) => {
    const decoded = decodeText(bytes);
    return applyEditsToBytes(bytes, decoded.encoding!, decoded.text!, read(decoded.text!), edits);
  };
  const expected = (edits: FixEdit[], text = FILE) => applyEdits(text, read(text), edits);

  it('writes UTF-8 with a byte-order mark and a stray byte back with both, in place', () => {
    const text = FILE.replace('doubt?', 'doubt? Пока — нет.');
    const utf8 = Buffer.from(text);
    const dash = utf8.indexOf(Buffer.from('—'));
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8.subarray(0, dash), Buffer.from([0x97]), utf8.subarray(dash + 3)]);
    const out = Buffer.from(fix(bytes, [restore('Ещё данных.'), retime]));
    const fixed = expected([restore('Ещё данных.'), retime], text.replace('—', '\uFFFD'));
    const [before, after] = fixed.split('\uFFFD') as [string, string];
    expect(out).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(before), Buffer.from([0x97]), Buffer.from(after)]));
  });

  it('writes Latin-1 back as Latin-1, and refuses a character it cannot hold', () => {
    const text = FILE.replace('doubt?', 'doubt? Caf\u00e9 cr\u00e8me.');
    const edits = [restore('D\u00e9j\u00e0 vu \u00bb on data.'), retime];
    expect(Buffer.from(fix(Buffer.from(text, 'latin1'), edits))).toEqual(Buffer.from(expected(edits, text), 'latin1'));
    expect(() => fix(Buffer.from(text, 'latin1'), [restore('\u0414\u0430.')])).toThrow(
      /edit r1 writes "\u0414" into line 0, which the file's encoding \(Latin-1\) cannot hold; save the talk as UTF-8/,
    );
  });

  it('writes UTF-16 back as UTF-16, with or without its byte-order mark', () => {
    const edits = [restore('\u{1F600} \u4f60\u597d.'), retime];
    const le = Buffer.from(FILE, 'utf16le');
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    expect(Buffer.from(fix(withBom, edits))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(expected(edits), 'utf16le')]));
    const be = Buffer.from(FILE, 'utf16le').swap16();
    expect(Buffer.from(fix(be, edits))).toEqual(Buffer.from(expected(edits), 'utf16le').swap16());
  });
});
