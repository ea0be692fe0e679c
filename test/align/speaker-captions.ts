/**
 * Generated captions that say who speaks, the ways caption files do: a speaker name on every cue (WebVTT
 * `<v Name>`, SubRip `Name:`, Podcasting 2.0 `speaker`), or only YouTube's `>>` where the speaker changes.
 * The speakers come from the talk the captions were made from, so they are the recording's truth.
 */
import type { Talk } from '../../src/transcript/types.ts';
import type { GeneratedCaptions } from './make-captions.ts';

/** Per cue: the talk turn it was spoken in (cues never span a speaker change, see makeCaptions). */
function cueTurns(gen: GeneratedCaptions): number[] {
  let t = 0;
  return gen.captions.turns.map((cue) => {
    while (t + 1 < gen.turnStarts.length && gen.turnStarts[t + 1]! <= cue.start) t++;
    return t;
  });
}

/** The captions with each cue named for the speaker of the turn it was spoken in. */
export function withSpeakers(gen: GeneratedCaptions, spoken: Talk): Talk {
  const turns = cueTurns(gen);
  return {
    ...gen.captions,
    turns: gen.captions.turns.map((cue, k) => ({ ...cue, speaker: spoken.turns[turns[k]!]!.speaker })),
  };
}

/** The captions with `>>` opening the first cue after each change of speaker, and no names. */
export function withChangeMarks(gen: GeneratedCaptions, spoken: Talk): Talk {
  const turns = cueTurns(gen);
  return {
    ...gen.captions,
    turns: gen.captions.turns.map((cue, k) => {
      const t = turns[k]!;
      const opens = k > 0 && turns[k - 1] !== t && spoken.turns[t]!.speaker !== spoken.turns[turns[k - 1]!]!.speaker;
      if (!opens) return cue;
      const text = `>> ${cue.text}`;
      const words = cue.words ? [{ text: '>>', start: cue.start }, ...cue.words] : undefined;
      return { ...cue, text, paragraphs: [text], ...(words ? { words } : {}) };
    }),
  };
}
