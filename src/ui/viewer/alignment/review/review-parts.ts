/**
 * What review mode draws, in a chunk of its own: fetched once a talk has findings to review (see
 * `useAlignmentDisplay`), so the fixes' code is no part of a talk page's first script.
 */
export { DEFAULT_MIN_DRIFT } from '../../../../align/findings.ts';
export { RestoreFinding } from './restore-finding.tsx';
export { ReviewPanel } from './review-panel.tsx';
export { SpeakerFinding } from './speaker-finding.tsx';
