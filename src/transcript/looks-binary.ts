/**
 * Whether text read as a talk is really a binary file. Apart from `decode-text.ts`, which decodes bytes:
 * a page whose talk is already text (a pre-rendered page's) checks this without fetching the decoder.
 */

/** Share of control characters above which a file is taken for binary (tabs and line ends excluded). */
const MAX_CONTROL_SHARE = 0.01;

/** True when text holds NUL characters or more control characters than any text file would. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}
