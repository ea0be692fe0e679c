/**
 * Character references in cue text. The WebVTT spec escapes `&`, `<` and `>` as `&amp;`, `&lt;`, `&gt;` and
 * allows any HTML character reference; files seen in the wild use only a handful of named ones plus numeric
 * ones, so those are decoded and anything unknown is kept as written (never dropped).
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

const REF = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g;

/** Decodes the character references of a piece of cue text. */
export function decodeCharRefs(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REF, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Escapes text for a WebVTT cue payload or annotation: the three characters the spec reserves. */
export function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
