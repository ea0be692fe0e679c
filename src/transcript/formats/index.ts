/** Readers for every talk format, and the entry point that picks one. */
export { detectFormat } from './detect-format.ts';
export { readPodcastJson } from './read-podcast-json.ts';
export { readSrt } from './read-srt.ts';
export { readTalk } from './read-talk.ts';
export { readWebVtt } from './read-webvtt.ts';
export { titleFromFileName, videoIdFromFileName } from './file-name.ts';
