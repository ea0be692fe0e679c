/**
 * Numbers are written either way on the two sides of an alignment ("ten dollars" in the talk, "10 dollars"
 * in the captions; "165,000" vs "165 000" vs "a hundred and sixty-five thousand"), so runs of number tokens are
 * folded into one token holding their value in digits before words are compared.
 */

// Maps, not object literals: a word like "constructor" must not find something on a prototype.
const UNITS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, k) => [w, k]),
);
const TENS = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, 20 + 10 * k]),
);
const SCALES = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

const NUMBER_WORD = new Set([...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), 'hundred']);
const DIGITS = /^\d+$/;
const GROUP = /^\d{3}$/;

/** True for tokens number folding may combine: digits and number words. */
export function isNumberToken(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_WORD.has(t);
}

/**
 * True for tokens that go to number folding: number tokens, and "a" and "and", which join spoken numbers
 * ("a hundred and five"); folding gives them back unchanged anywhere else.
 */
export function joinsNumberRun(t: string): boolean {
  return isNumberToken(t) || t === 'a' || t === 'and';
}

type Kind = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'digits';

/** A token with the index of the source word it came from. */
export interface SourcedToken {
  text: string;
  source: number;
}

/**
 * Folds number runs into single digit tokens. The grammar is deliberately small (units, tens, "hundred",
 * scales, digit groups of three after a short digit token): anything it does not accept ends the run, so a
 * list like "one two three" stays three numbers instead of becoming a wrong sum.
 */
export function foldNumbers(tokens: readonly SourcedToken[]): SourcedToken[] {
  const out: SourcedToken[] = [];
  let total = 0;
  let current = 0;
  let kind: Kind = 'none';
  let lastScale = Infinity;
  let source = -1;
  // A digit token longer than three digits (a year, "2010") must not swallow a following "000".
  let groupable = false;

  const flush = () => {
    if (kind !== 'none') out.push({ text: String(total + current), source });
    total = 0;
    current = 0;
    kind = 'none';
    lastScale = Infinity;
    groupable = false;
  };

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const t = tok.text;
    const c = t.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    if (!digit && !NUMBER_WORD.has(t)) {
      // Spoken numbers carry words of their own: "a hundred", "a thousand", "two hundred and five".
      const next = tokens[k + 1]?.text ?? '';
      if (t === 'a' && kind === 'none' && (next === 'hundred' || SCALES.has(next))) continue;
      if (t === 'and' && (kind === 'hundred' || kind === 'scale') && (UNITS.has(next) || TENS.has(next))) continue;
      flush();
      out.push(tok);
      continue;
    }
    const unit = UNITS.get(t);
    const tens = TENS.get(t);
    const scale = SCALES.get(t);
    if (digit && DIGITS.test(t)) {
      if (kind === 'digits' && groupable && GROUP.test(t)) {
        current = current * 1000 + Number(t);
        continue;
      }
      flush();
      source = tok.source;
      current = Number(t);
      kind = 'digits';
      groupable = t.length <= 3;
      if (!Number.isSafeInteger(current)) {
        // Too long to fold safely: keep the digits as written.
        out.push({ text: t.replace(/^0+(?=\d)/, ''), source: tok.source });
        kind = 'none';
        current = 0;
      }
      continue;
    }
    if (unit !== undefined) {
      const fits = kind === 'hundred' || kind === 'scale' || (kind === 'tens' && unit < 10 && current % 10 === 0);
      if (!fits) {
        flush();
        source = tok.source;
      }
      current += unit;
      kind = 'unit';
      continue;
    }
    if (tens !== undefined) {
      if (!(kind === 'hundred' || kind === 'scale')) {
        flush();
        source = tok.source;
      }
      current += tens;
      kind = 'tens';
      continue;
    }
    if (t === 'hundred') {
      if ((kind === 'unit' || kind === 'tens' || kind === 'digits') && current > 0 && current < 100) {
        current *= 100;
      } else {
        flush();
        source = tok.source;
        current = 100;
      }
      kind = 'hundred';
      groupable = false;
      continue;
    }
    if (scale !== undefined) {
      if (kind !== 'none' && scale < lastScale && current > 0) {
        total += current * scale;
        current = 0;
        lastScale = scale;
      } else {
        flush();
        source = tok.source;
        total = scale;
        lastScale = scale;
      }
      kind = 'scale';
      groupable = false;
      continue;
    }
    flush();
    out.push(tok);
  }
  flush();
  return out;
}
