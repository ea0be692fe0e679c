/**
 * What a caption file's name tells: yt-dlp names downloads `Title [VIDEOID].en.vtt` (id in brackets, then
 * the language, then the extension), so the name is often the only place the video id and title are.
 */
import { isVideoId } from '../../youtube-link.ts';

const CAPTION_EXTENSION = /\.(vtt|webvtt|srt|json|txt|md|markdown)$/i;
// yt-dlp's language part: `en`, `en-US`, `en-orig`, `pt-BR`, `zh-Hans`, `live_chat`.
const LANGUAGE = /\.[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$|\.live_chat$/;
// (?<!\s): tried from the start of a run of spaces only, not again from each of them.
const BRACKETED_ID = /(?<!\s)\s*\[([A-Za-z0-9_-]{11})\]\s*$/;

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** The name without extension and language, bracketed id still attached. */
function stem(fileName: string): string {
  const name = baseName(fileName).replace(CAPTION_EXTENSION, '');
  const withoutLanguage = name.replace(LANGUAGE, '');
  // A name that is only a language code (`en.vtt`) keeps it rather than becoming empty.
  return withoutLanguage.trim() === '' ? name : withoutLanguage;
}

/** The YouTube id in a yt-dlp style file name, or null. */
export function videoIdFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const id = BRACKETED_ID.exec(stem(fileName))?.[1];
  return id !== undefined && isVideoId(id) ? id : null;
}

/** The title a file name gives: without the `[ID]`, language and extension; '' when nothing is left. */
export function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  return stem(fileName).replace(BRACKETED_ID, '').trim();
}
