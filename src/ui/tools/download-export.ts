/**
 * Writes a talk in a format and hands it to the browser as a download. Loaded on the first export, so
 * the exporters stay out of the first page.
 */
import { baseNameOf } from '../../library/talk-files.ts';
import { type ExportFormat, exportTalk } from '../../transcript/formats/write-talk.ts';
import { saveFile } from '../shared/save-file.ts';
import type { Talk } from '../../transcript/types.ts';

/** Formats whose readers take the video id from a yt-dlp style name (`Title [ID].srt`): SubRip has nowhere else to keep it. */
const ID_IN_NAME: ReadonlySet<ExportFormat> = new Set(['vtt', 'srt', 'json']);

/**
 * The download's name: the source file's base name (or the title), the video id in brackets for caption
 * formats, and the format's extension: `Neural Networks Explained [aB3dE5fG7hJ].srt`.
 */
export function exportFileName(talk: Pick<Talk, 'title' | 'videoId'>, format: ExportFormat, sourceName: string, extension: string): string {
  const base = (baseNameOf(sourceName) || talk.title || 'talk')
    // Characters no file system accepts in a name.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .trim()
    .slice(0, 120);
  const id = talk.videoId !== null && ID_IN_NAME.has(format) ? ` [${talk.videoId}]` : '';
  return `${base || 'talk'}${id}.${extension}`;
}

/** Exports the talk and starts the download; returns the file name used. */
export function downloadExport(talk: Talk, format: ExportFormat, sourceName: string): string {
  const file = exportTalk(talk, format);
  const name = exportFileName(talk, format, sourceName, file.extension);
  saveFile(file.text, name, file.mime);
  return name;
}
