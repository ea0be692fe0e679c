import { decodeText } from '../transcript/decode-text.ts';

/**
 * Fetches a talk file's text, decoded as the build decoded it (a Latin-1 file reads the same here as in
 * the manifest). Throws on HTTP errors and binary files; the caller counts the talk as failed.
 */
export async function fetchTalkText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = decodeText(new Uint8Array(await response.arrayBuffer())).text;
  if (text === null) throw new Error('not a text file');
  return text;
}
