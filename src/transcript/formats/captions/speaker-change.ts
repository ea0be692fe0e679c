/**
 * YouTube's speaker-change mark. Captions on YouTube, manual ones and the automatic ones yt-dlp downloads,
 * write `>>` (in WebVTT `&gt;&gt;`) where a new person starts speaking, without saying who. The mark is not
 * a word: it is taken out and the words after it open a new turn, with no speaker name, since the file
 * gives none. Only files that name no speakers and carry no Talkline turn marks are read this way; in
 * others the marks are not needed and `>>` stays text, so a word `>>` written there is never lost.
 */
import type { CueWord, Piece } from './pieces.ts';

/** `>>` alone, or glued to the first word after it (`>>Yes`); `>>>` marks a new story in broadcast captions. */
const MARK = /^>>>?(?=$|[\p{L}\p{N}"'“‘([])/u;

/** The word without its mark, '' for a bare mark, or null when the word is no mark. */
function stripMark(word: string): string | null {
  const m = MARK.exec(word);
  return m ? word.slice(m[0].length) : null;
}

/** True when a word is or starts with a speaker-change mark. */
export function isSpeakerChangeMark(word: string): boolean {
  // Nearly no word starts with '>': skip the pattern for all the others.
  return word.charCodeAt(0) === 62 && stripMark(word) !== null;
}

/**
 * Pieces with their `>>` marks taken out: the words after a mark become a piece of their own that opens a
 * turn. Its start is the mark's time when the file times it, else its place in the cue's time spread
 * evenly over the cue's words (a mark takes no time of its own). A mark ending a piece opens the turn at
 * the next piece that has words.
 */
export function splitAtSpeakerChanges(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let pending = false;
  for (const piece of pieces) {
    if (!piece.words.some((w) => isSpeakerChangeMark(w.text))) {
      out.push(pending && piece.words.length > 0 ? { ...piece, opensTurn: true } : piece);
      if (piece.words.length > 0) pending = false;
      continue;
    }
    const span = Math.max(0, piece.end - piece.start);
    const spoken = piece.words.filter((w) => stripMark(w.text) !== '').length;
    let before = 0;
    const parts: Array<{ start: number; words: CueWord[]; opens: boolean }> = [{ start: piece.start, words: [], opens: pending }];
    piece.words.forEach((w) => {
      const rest = stripMark(w.text);
      if (rest !== '') before++;
      if (rest === null) {
        parts[parts.length - 1]!.words.push(w);
        return;
      }
      // The words before the mark, the mark's own word aside, take their share of the cue's time.
      const at = w.timed ? w.start : piece.start + (spoken > 0 ? (span * (before - (rest === '' ? 0 : 1))) / spoken : 0);
      parts.push({ start: at, words: rest === '' ? [] : [{ ...w, text: rest }], opens: true });
    });
    const kept = parts.filter((p) => p.words.length > 0);
    pending = parts[parts.length - 1]!.words.length === 0;
    // What belongs to the piece as a whole stays on its first part (chapters, an opening) and its last
    // (an ending); a piece that was only marks stays as an empty piece so none of that is lost.
    const { chapters, opensTurn, endsTurn, ...plain } = piece;
    if (kept.length === 0) {
      out.push({ ...piece, words: [] });
      continue;
    }
    kept.forEach((part, i) => {
      const next = kept[i + 1];
      out.push({
        ...plain,
        start: part.start,
        end: next ? next.start : piece.end,
        words: part.words,
        ...(i === 0 && chapters ? { chapters } : {}),
        ...(part.opens || (i === 0 && opensTurn) ? { opensTurn: true } : {}),
        ...(i === kept.length - 1 && endsTurn ? { endsTurn: true } : {}),
      });
    });
  }
  return out;
}
