/**
 * Aligning an edited talk with its recording's captions: `alignTalk(talk, captions)` gives word times and
 * findings; `formatAlignReport` and `applyAlignedTimes` turn the result into the `align` outputs.
 */
export { alignTalk, type AlignTalkOptions } from './align-talk.ts';
export { applyAlignedTimes, formatAlignReport, heardShare, lowShareWarning, type ApplyTimesOptions } from './report.ts';
export { DEFAULT_MIN_DRIFT, MIN_PASSAGE } from './findings.ts';
export type {
  AlignedTurn,
  AlignResult,
  AlignStats,
  InventedPassage,
  SkippedPassage,
  SpeakerChange,
  SpeakerIssue,
  TimeIssue,
} from './types.ts';
export type { AlignWordsOptions } from './align-words.ts';
