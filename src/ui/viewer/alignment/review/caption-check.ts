/**
 * What a talk page shares with the viewer inside it for checking the talk against captions: the talk
 * file's own text (the fixes are written into it) and the way to attach a caption file the reader opens.
 */
import { createContext, useContext } from 'react';
import type { TextEncoding } from '../../../../transcript/decode-text.ts';

export interface CaptionCheck {
  /** The talk file's text as loaded, or null when the page does not have it. */
  sourceText: string | null;
  /** The encoding of the talk file's bytes: the corrected transcript is saved in it. */
  sourceEncoding: TextEncoding;
  /** The talk file's name: the corrected transcript is saved under it. */
  fileName: string;
  /** Aligns the talk with a caption file the reader picked. */
  attach(file: File): void;
  /** A caption file dropped on this talk, waiting for the reader to say what it is for. */
  offered: File | null;
  /** 'check': align the talk with the offered file; 'open': open it as a talk of its own; 'cancel': neither. */
  answerOffer(answer: 'check' | 'open' | 'cancel'): void;
  /** Why the last caption file could not be read, until another is attached. */
  attachError: CaptionFileError | null;
}

/**
 * Why a caption file the reader attached cannot be used, said by the page in its language: 'unreadable',
 * the browser could not read it (`reason`, the browser's words); 'not-text', its bytes are not text
 * (`reason`, what the decoder found, or null: "not a text file").
 */
export type CaptionFileError = { kind: 'unreadable'; fileName: string; reason: string } | { kind: 'not-text'; fileName: string; reason: string | null };

export const CaptionCheckContext = createContext<CaptionCheck | null>(null);

/** The talk page's caption check, or null outside one (then no "Check against captions…"). */
export function useCaptionCheckContext(): CaptionCheck | null {
  return useContext(CaptionCheckContext);
}
