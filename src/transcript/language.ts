/**
 * A talk's languages as its file states them, for the `lang` and `dir` of what the page draws: the talk's
 * own (`lang:` in the front matter, a caption file's `Language:` header; English by default) and its
 * preface's (`preface-lang:`, for a preface written in another language than the talk, as the bundled
 * talk's Russian one is). Small on purpose: every talk's first page carries it.
 */
import type { Talk } from './types.ts';

/** A talk's language when its file names none. */
export const DEFAULT_LANGUAGE = 'en';

/** `ru` of `ru`, `RU`, `ru-RU`, `ru_RU` or `ru-orig`; null for what is no language tag. */
export function primaryLanguage(tag: string | undefined | null): string | null {
  return /^\s*([a-z]{2,3})(?:[-_][a-z\d]{1,8})*\s*$/i.exec(tag ?? '')?.[1]!.toLowerCase() ?? null;
}

/** Languages written right to left, by their primary tags. */
const RIGHT_TO_LEFT = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|syr|ug|ur|yi)$/;

/** `rtl` for a language (a primary tag, as `primaryLanguage` gives) written right to left, else undefined (the attribute is left off). */
export function directionOf(lang: string): 'rtl' | undefined {
  return RIGHT_TO_LEFT.test(lang) ? 'rtl' : undefined;
}

/** A talk's own language: `lang:` (or `language:`) in its file, English by default. */
export function talkLanguage(talk: Pick<Talk, 'meta'> | null): string {
  return primaryLanguage(talk?.meta.lang ?? talk?.meta.language) ?? DEFAULT_LANGUAGE;
}

/** The language of a talk's preface: `preface-lang:` in its front matter, else the talk's own. */
export function prefaceLanguage(talk: Pick<Talk, 'meta'>): string {
  return primaryLanguage(talk.meta['preface-lang']) ?? talkLanguage(talk);
}
