import { describe, expect, it } from 'vitest';
import { exportTalk, toChapters, toMarkdown, toPodcastJson, toSrt, toWebVtt, type ExportFormat } from '../../../src/transcript/formats/write-talk.ts';
import { makeTalk } from '../../fixtures/make-talk.ts';

describe('exportTalk', () => {
  const talk = makeTalk([
    { speaker: 'A', start: 0, text: 'Hello.' },
    { speaker: 'B', start: 2, text: 'Hi.' },
  ]);

  it.each<[ExportFormat, (t: typeof talk) => string, string, string]>([
    ['json', toPodcastJson, 'json', 'application/json'],
    ['chapters', toChapters, 'chapters.json', 'application/json+chapters'],
    ['vtt', toWebVtt, 'vtt', 'text/vtt'],
    ['srt', toSrt, 'srt', 'application/x-subrip'],
    ['md', toMarkdown, 'md', 'text/markdown'],
  ])('%s: the writer, its extension and MIME type', (format, writer, extension, mime) => {
    expect(exportTalk(talk, format)).toEqual({ text: writer(talk), extension, mime });
  });
});
