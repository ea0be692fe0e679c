/**
 * Reads a talk file from disk for the command line: size limit, encoding, then the reader for its format (markdown, WebVTT, SubRip, Podcasting 2.0 JSON).
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../transcript/decode-text.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';

/** Inputs above this size are refused before reading: a talk of 10 hours is about 1 MB of text. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface InputTalk {
  file: string;
  talk: Talk | null;
  diagnostics: Diagnostic[];
}

/** Reads and parses one talk file; every problem (missing file, too big, binary) becomes a diagnostic. */
export function readInputTalk(file: string): InputTalk {
  const error = (message: string): InputTalk => ({ file, talk: null, diagnostics: [{ severity: 'error', line: 0, message }] });
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return error('is a folder; give a talk file');
    size = stat.size;
  } catch {
    return error('no such file');
  }
  if (size > MAX_INPUT_BYTES) {
    return error(`the file is ${(size / 1048576).toFixed(1)} MB; talk files up to ${MAX_INPUT_BYTES / 1048576} MB are read (split the talk)`);
  }
  const decoded = decodeText(readFileSync(file));
  if (decoded.text === null) return { file, talk: null, diagnostics: decoded.diagnostics };
  const parsed = readTalk(decoded.text, file);
  return { file, talk: parsed.talk, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] };
}
