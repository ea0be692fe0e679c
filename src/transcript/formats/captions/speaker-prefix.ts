/**
 * `Name: text` at the start of a caption, the way SubRip files, WebVTT files without voice spans (Zoom's,
 * most transcription services') and the Podcasting 2.0 transcript notes ("include the speaker's name,
 * followed by a colon") name who speaks. Colons also occur in ordinary sentences ("My question is: …"),
 * so a prefix is a name only when it looks like one: one to four words, each starting with a letter that
 * is not lower case (name particles such as "van", "de", "bin" aside), made of letters, digits and the
 * marks names use (. ' ’ -).
 * `[Name]: text` is accepted for any name, and is what the exporter writes for names that would not pass.
 */

const BRACKETED = /^\[([^\]\n]{1,80})\]:(?:[ \t]+|$)/;
const PLAIN = /^([^\s:][^:\n]{0,59}?):(?:[ \t]+|$)/;
const WORD = String.raw`[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}\p{N}.'’-]*`;
const PARTICLE = '(?:al|bin|da|de|del|der|di|du|el|la|le|van|von|y|zu)';
const NAME = new RegExp(`^${WORD}(?: (?:${WORD}|${PARTICLE})){0,3}$`, 'u');

/** True when `name` would be read back as a speaker in the plain `Name:` form. */
export function isPlainSpeakerName(name: string): boolean {
  return NAME.test(name) && !/^https?$/i.test(name);
}

export interface SpeakerPrefix {
  speaker: string;
  /** The text after the prefix. */
  rest: string;
}

/** The speaker prefix of a caption's text, or null when it has none. */
export function readSpeakerPrefix(text: string): SpeakerPrefix | null {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { speaker: bracketed[1]!.trim(), rest: text.slice(bracketed[0].length) };
  const plain = PLAIN.exec(text);
  if (plain && isPlainSpeakerName(plain[1]!)) return { speaker: plain[1]!, rest: text.slice(plain[0].length) };
  return null;
}

/** The prefix that `readSpeakerPrefix` reads back as `name`. */
export function writeSpeakerPrefix(name: string): string {
  return isPlainSpeakerName(name) || name.includes(']') ? `${name}: ` : `[${name}]: `;
}

/**
 * A cue's words without its speaker prefix, and the speaker it names; null when it names none. The words
 * keep their own times: the prefix takes whole words off the front.
 */
export function takeSpeakerPrefix<W extends { text: string }>(words: readonly W[]): { speaker: string; words: W[] } | null {
  const prefix = readSpeakerPrefix(words.map((word) => word.text).join(' '));
  if (prefix === null) return null;
  const kept = prefix.rest.split(/\s+/).filter((word) => word !== '').length;
  return { speaker: prefix.speaker, words: words.slice(words.length - kept) };
}

/**
 * Whether prefixes open turns: where they mark only where a speaker starts, a repeated name opens a new
 * turn (two answers in a row); files that prefix nearly every cue say nothing about turns, so there cues
 * join by speaker.
 */
export function prefixesMarkTurns(prefixed: number, cues: number): boolean {
  return prefixed < 0.9 * cues;
}
