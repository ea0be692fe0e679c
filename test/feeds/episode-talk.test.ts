import { describe, expect, it } from 'vitest';
import { episodeTalk, plainPreface } from '../../src/feeds/episode-talk.ts';
import type { FeedEpisode } from '../../src/feeds/parse-feed.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';

const episode: FeedEpisode = {
  index: 0,
  line: 10,
  id: 'roof-3',
  guid: 'roof-3',
  title: 'Episode 3: Fixing the Roof',
  date: '2024-01-07',
  published: Date.UTC(2024, 0, 7),
  description: '<p>We fix the <b>roof</b>.</p><p>[0:20] Tiles</p><h2>Links</h2><p>**Ann:** is not a turn here</p>',
  media: { url: 'https://cdn.example.org/roof-3.mp3', type: 'audio/mpeg' },
  duration: 61,
  episode: '3',
  season: '1',
  transcripts: [],
  chapters: null,
};

const json = JSON.stringify({
  version: '1.0.0',
  segments: [
    { speaker: 'Ann', startTime: 0.4, endTime: 5, body: 'Welcome to the show. Today we fix the roof.' },
    { speaker: 'Bob', startTime: 5.2, endTime: 40, body: 'Yes. It leaks. It has leaked for years. We start with the tiles. Then the beams.' },
    { speaker: 'Ann', startTime: 40.3, endTime: 44, body: 'Great.' },
    { speaker: 'Bob', startTime: 40.8, endTime: 60, body: 'Thanks for listening.' },
  ],
});

describe('episodeTalk', () => {
  const { turns } = readTalk(json, 'roof-3.json').talk!;
  const written = episodeTalk({
    show: 'The Roof Show',
    episode,
    turns,
    timed: true,
    chapters: [
      { start: 0, title: 'Intro' },
      { start: 21, title: 'Tiles and beams' },
      { start: 90, title: 'After the end' },
    ],
  });

  it('writes front matter, the description as a preface, chapters among the turns, and whole-second stamps', () => {
    expect(written.markdown).toBe(`---
title: Episode 3: Fixing the Roof
date: 2024-01-07
media: https://cdn.example.org/roof-3.mp3
duration: 1:01
guid: roof-3
season: 1
episode: 3
show: The Roof Show
---

We fix the roof.

0:20 Tiles

Links

Ann: is not a turn here

## Intro

[0:00]
**Ann:** Welcome to the show. Today we fix the roof.

[0:05]
**Bob:** Yes. It leaks. It has leaked for years.

## Tiles and beams

[0:22]
**Bob:** We start with the tiles.

Then the beams.

[0:40]
**Ann:** Great.

**Bob:** Thanks for listening.
`);
    expect(written).toMatchObject({ chapters: 2, droppedChapters: 1 });
  });

  it('reads back as the same talk, with no problem to report', () => {
    const { talk, diagnostics } = readMarkdown(written.markdown, 'episode-3-fixing-the-roof.md');
    expect(diagnostics).toEqual([]);
    expect(talk).toMatchObject({
      title: 'Episode 3: Fixing the Roof',
      date: '2024-01-07',
      description: 'We fix the roof.\n\n0:20 Tiles\n\nLinks\n\nAnn: is not a turn here',
      videoId: null,
      duration: 61,
      meta: { media: 'https://cdn.example.org/roof-3.mp3', guid: 'roof-3', season: '1', episode: '3', show: 'The Roof Show' },
    });
    expect(talk!.chapters.map((c) => [c.title, c.start])).toEqual([
      ['Intro', 0],
      ['Tiles and beams', 22],
    ]);
    expect(talk!.turns.map((turn) => turn.speaker)).toEqual(['Ann', 'Bob', 'Bob', 'Ann', 'Bob']);
    // Two turns in one second: the second is not stamped again, and its start is estimated after the first.
    expect(talk!.turns[4]).toMatchObject({ stamp: null, estimated: true });
  });

  it('leaves the chapters out of a transcript without times, and writes what the feed does not give as nothing', () => {
    const bare = { ...episode, guid: null, episode: null, season: null, duration: null, description: '' };
    const untimed = episodeTalk({
      show: '',
      episode: bare,
      turns: turns.map((turn) => ({ ...turn, stamp: null })),
      timed: false,
      chapters: [{ start: 0, title: 'Intro' }],
    });
    expect(untimed).toMatchObject({ chapters: 0, droppedChapters: 1 });
    expect(untimed.markdown.split('\n---\n')[0]).toBe('---\ntitle: Episode 3: Fixing the Roof\ndate: 2024-01-07\nmedia: https://cdn.example.org/roof-3.mp3');
    expect(untimed.markdown).not.toContain('[0:');
  });
});

describe('plainPreface', () => {
  it('takes the markup off lines that would end the preface, and keeps their words', () => {
    expect(plainPreface('# Show notes\n## [12:34] Topic\n[1:02:03](https://x.org) Later\n**Guest:** Jane\n**Bold** stays bold-less')).toBe(
      'Show notes\n12:34 Topic\n1:02:03(https://x.org) Later\nGuest: Jane\nBold stays bold-less',
    );
  });
});
