/** Who speaks in a markdown talk: labels folded into the name they most likely mean, and the list of speakers. */
import { suggestSpeakerFixes } from '../../speaker-names.ts';
import type { Speaker, Turn } from '../../types.ts';
import type { DraftTurn, Warn } from './draft.ts';

/**
 * A name that appears once and is a typo of a name used often (`**Lex Fridmann:**`) is changed to that
 * name on its turn, with a warning on the turn's line.
 */
export function foldSpeakerTypos(turns: readonly DraftTurn[], warn: Warn): void {
  const counts = new Map<string, number>();
  for (const t of turns) if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  const fixes = suggestSpeakerFixes(counts);
  for (const t of turns) {
    const fixed = t.speaker === null ? undefined : fixes.get(t.speaker);
    if (fixed !== undefined) {
      warn(t.line, `speaker "${t.speaker}" appears only here; did you mean "${fixed}"? The turn is attributed to ${fixed}`);
      t.speaker = fixed;
    }
  }
}

/** Each named speaker once, in the order they first speak, with their number of turns. */
export function listSpeakers(turns: readonly Turn[]): Speaker[] {
  const speakers: Speaker[] = [];
  const byName = new Map<string, Speaker>();
  for (const t of turns) {
    if (t.speaker === null) continue;
    let s = byName.get(t.speaker);
    if (!s) {
      s = { name: t.speaker, turns: 0 };
      byName.set(t.speaker, s);
      speakers.push(s);
    }
    s.turns++;
  }
  return speakers;
}
