/**
 * Folding text for search: the talk and the query go through the same fold, so spelling variants,
 * case, accents and punctuation stop mattering.
 *
 * The fold keeps the length of the text, one UTF-16 unit for one unit, so an offset found in folded text
 * is the same offset in `Turn.text`: match ranges can be marked in the original words without a map.
 */

const foldedUnits = new Map<string, string>();

/** One unit folded: lower case, accent dropped, anything that is not a letter or digit becomes a space. */
function foldUnit(unit: string): string {
  const cached = foldedUnits.get(unit);
  if (cached !== undefined) return cached;
  const lower = unit.toLowerCase();
  // Some lower cases grow ('İ' -> 'i̇'); keeping the unit as it is beats shifting every later offset.
  const one = lower.length === 1 ? lower : unit;
  const base = one.normalize('NFD').charAt(0);
  // Lone surrogates (halves of an emoji) are not letters, so they become spaces like other symbols.
  const folded = /[\p{L}\p{N}]/u.test(base) ? base : ' ';
  foldedUnits.set(unit, folded);
  return folded;
}

/**
 * British spellings rewritten to American ones without changing length: "-ise/-isation" and "-yse" become
 * "-ize/-ization" and "-yze", "-tre/-bre" become "-ter/-ber". Words that merely look alike ("noise") are
 * folded too, which only adds a harmless equivalence because both sides are folded the same way.
 * "-our" and a doubled "l" change length, so they are folded per word instead (see spelling-key.ts).
 */
const BRITISH_SUFFIXES =
  /(?<=[a-z]{2})(?:is(?=(?:e|ed|es|er|ers|ing|ation|ations|ational)\b)|ys(?=(?:e|ed|es|er|ers|ing)\b))|(?<=[a-z]{2}[tb])re(?=[sd]?\b)/g;

/** One scan of the text for all three rewrites: "is" -> "iz", "ys" -> "yz", "re" -> "er". */
const AMERICAN: Record<string, string> = { is: 'iz', ys: 'yz', re: 'er' };

const ASCII_PUNCTUATION = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/g;
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Folds text for matching. The result has exactly `text.length` units: lower case, no accents,
 * punctuation and symbols as spaces, British spelling as American.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Whole-string lower-casing is fast; when some letter grew, fold unit by unit to keep offsets aligned.
  let folded = lower.length === text.length ? lower : Array.from({ length: text.length }, (_, i) => foldUnit(text.charAt(i))).join('');
  folded = folded.replace(ASCII_PUNCTUATION, ' ').replace(NON_ASCII, foldUnit);
  return folded.replace(BRITISH_SUFFIXES, (suffix) => AMERICAN[suffix] ?? suffix);
}
