/**
 * British spellings that change a word's length, folded per word: "colour" and "color", "modelling" and
 * "modeling" become one vocabulary word. `foldText` cannot do this, as it keeps offsets by keeping length;
 * a word's key only decides which words are the same, and its marks still span the word as written.
 *
 * Both the talk's words and the query's go through the same key, so a fold that also catches a word that
 * merely looks alike only matters when it merges two different words; the rules below avoid the ones that
 * would ("four"/"for", "filling"/"filing", "scoured"/"scored").
 */

/**
 * "-our" after at least two letters, alone or before a suffix that keeps the "u" in British spelling:
 * colour(s|ed|ing|ful|less), favourite, honourable, behavioural, neighbourhood, savoury, labourer.
 */
const OUR = /^([a-z]{2,})our(s|ed|ing|ings|er|ers|ite|ites|able|ably|ful|fully|less|al|ally|ism|ist|ists|hood|hoods|y)?$/;
/** Stems where "-our" is not the British ending and dropping the "u" would make another word. */
const OUR_KEPT = new Set(['sc']);

/**
 * A doubled "l" before a suffix, in a stem of two or more syllables ending in a vowel: British
 * travelling, modelled, labelled, counsellor, fuelled. One-syllable stems keep theirs in both spellings
 * (filling, willed), and folding them would merge them with other words (filing, wiled).
 */
const DOUBLE_L = /^([a-z]*[aeiou])ll(ed|er|ers|ing|ings|or|ors)$/;
const VOWEL = /[aeiou]/g;

/** How many vowel letters a stem holds: two or more stands for two syllables or more. */
function vowelCount(stem: string): number {
  return stem.match(VOWEL)?.length ?? 0;
}

/**
 * The key a folded word is indexed and looked up under: American "-or" for British "-our", one "l" for a
 * British doubled one; any other word is its own key. Idempotent: a key's key is itself.
 */
export function spellingKey(word: string): string {
  // Both rules need at least five letters; many words are shorter and leave at once.
  if (word.length < 5) return word;
  const our = OUR.exec(word);
  if (our !== null && !OUR_KEPT.has(our[1]!)) return `${our[1]}or${our[2] ?? ''}`;
  const double = DOUBLE_L.exec(word);
  if (double !== null && vowelCount(double[1]!) >= 2) return `${double[1]}l${double[2]}`;
  return word;
}
