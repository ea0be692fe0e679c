/**
 * Joins a skipped passage that the word alignment split around a phrase it repeats. When a transcript drops
 * a sentence that begins the way the sentence before it ends ("…the thing it really needs is a problem. |
 * It needs a problem that requires it."), pairing the transcript's "a problem" with the dropped sentence's
 * costs no more than pairing it with its own, and the dropped sentence comes out as two short runs
 * ("the problem. It needs" and "that requires it.") on either side of the phrase, each too short to report.
 * The transcript says the phrase right after the word before the first run, so it is paired with the
 * captions' first saying of it instead, which leaves one run: the dropped sentence, whole.
 */
import type { WordAlignment } from './align-words.ts';
import { Link } from './gap-dp.ts';
import { isContentToken } from './passage-words.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';

/** Longest phrase moved: longer repeated phrases are matches in their own right. */
const MAX_PHRASE = 3;

/** True when caption tokens read as the talk's phrase: the same words that say something, and the same last word. */
function saysPhrase(caption: readonly string[], talk: readonly string[]): boolean {
  if (caption.length !== talk.length || caption.at(-1) !== talk.at(-1)) return false;
  let content = false;
  for (let k = 0; k < talk.length; k++) {
    if (!isContentToken(talk[k]!) && !isContentToken(caption[k]!)) continue;
    if (talk[k] !== caption[k]) return false;
    content = true;
  }
  return content;
}

export function joinSplitGaps(seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): void {
  const m = captions.tokens.length;
  const paired = (j: number) => al.bToA[j]! >= 0;
  for (let j = 1; j < m; j++) {
    // A run of unpaired caption tokens starting at j, right after a paired token.
    if (paired(j) || !paired(j - 1)) continue;
    let end = j;
    while (end + 1 < m && !paired(end + 1)) end++;
    // The phrase: a few paired tokens after it, paired with consecutive talk tokens, then a second run.
    const from = end + 1;
    let to = from;
    while (to < m && paired(to) && to - from < MAX_PHRASE && al.bToA[to] === al.bToA[from]! + (to - from)) to++;
    const length = to - from;
    if (length === 0 || to >= m || paired(to) || end - j + 1 < length) continue;
    const talkFrom = al.bToA[from]!;
    // The transcript runs on from the word before the first run straight into the phrase.
    if (al.bToA[j - 1] !== talkFrom - 1) continue;
    const phrase = seq.tokens.slice(talkFrom, talkFrom + length);
    if (!saysPhrase(captions.tokens.slice(j, j + length), phrase)) continue;
    for (let k = 0; k < length; k++) {
      al.bToA[from + k] = -1;
      al.bToA[j + k] = talkFrom + k;
      al.aToB[talkFrom + k] = j + k;
      al.link[talkFrom + k] = captions.tokens[j + k] === phrase[k] ? Link.Exact : Link.Substituted;
    }
    j = to;
  }
}
