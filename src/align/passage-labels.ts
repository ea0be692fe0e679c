/**
 * How a skipped passage's kind is said, in the command line's report and in the page's review mode alike.
 * Kept apart from the report so review mode's code does not carry the report's.
 */
import type { SkippedPassage } from './types.ts';

const WHY = { repeat: 'repeats nearby words', filler: 'hesitations and hedges' } as const;

/** What a skipped passage is, as a report says it: "content", "disfluency (repeats nearby words)", "fragment". */
export function passageKindLabel(passage: Pick<SkippedPassage, 'kind' | 'why'>): string {
  return passage.kind === 'disfluency' ? `disfluency (${WHY[passage.why ?? 'repeat']})` : passage.kind;
}

/** Why a passage is left out rather than restored: "repeats nearby words", "hesitations and hedges", "a fragment". */
export function leftOutReason(passage: Pick<SkippedPassage, 'kind' | 'why'>): string {
  return passage.kind === 'fragment' ? 'a fragment' : WHY[passage.why ?? 'repeat'];
}
