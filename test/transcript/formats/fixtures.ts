import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A caption fixture's text, read as the browser would get it from a file. */
export function captionFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/captions/${name}`, import.meta.url)), 'utf8');
}

export const ROLLING_VTT = 'Neural Networks Explained [aB3dE5fG7hJ].en.vtt';
export const WHISPER_VTT = 'whisper-unpadded-hours.vtt';
export const SPEAKERS_SRT = 'speakers.srt';
export const TURNS_JSON = 'podcast-turns.json';
export const WORDS_JSON = 'podcast-words.json';
