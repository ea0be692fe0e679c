/**
 * SubRip's informal markup: `<i>`, `<b>`, `<u>`, `<s>`, `<font color=…>` and, from ASS-minded editors,
 * positioning codes such as `{\an8}` at the start of a cue. SubRip has no escapes, so a transcript can
 * hold "<s>" as text; only tags that open and close within the cue (and codes at its very start) are
 * taken as markup, and anything unpaired stays text, so no word is lost.
 */

const TAG = /<(\/?)(i|b|u|s|font)(?:\s[^<>]*)?>/gi;
const LEADING_CODES = /^(?:\{\\[^{}]*\})+/;

/** The cue text without its markup. */
export function stripSrtMarkup(text: string): string {
  const withoutCodes = text.replace(LEADING_CODES, '');
  const tags = [...withoutCodes.matchAll(TAG)];
  if (tags.length === 0) return withoutCodes;
  const remove = new Set<number>();
  const open = new Map<string, number[]>();
  tags.forEach((m, i) => {
    const name = m[2]!.toLowerCase();
    const stack = open.get(name) ?? [];
    if (m[1] === '') {
      stack.push(i);
      open.set(name, stack);
    } else if (stack.length > 0) {
      remove.add(stack.pop()!);
      remove.add(i);
    }
  });
  let out = '';
  let from = 0;
  tags.forEach((m, i) => {
    if (!remove.has(i)) return;
    out += withoutCodes.slice(from, m.index);
    from = m.index + m[0].length;
  });
  return out + withoutCodes.slice(from);
}
