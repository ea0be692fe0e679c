/**
 * Fixing a talk from its alignment: `proposeFixes(result, talk)` lists the edits the recording supports
 * (restore a skipped passage, retime a stamp, reassign a turn, split a turn), and `applyEdits(text, talk,
 * accepted)` writes the accepted ones into the talk file's own text, changing nothing else
 * (`applyEditsToBytes` into its bytes, in its own encoding). All are pure and run in the browser as in the
 * command line.
 */
export { applyEdits } from './apply-edits.ts';
export { applyEditsToBytes } from './apply-edits-to-bytes.ts';
export { FixError } from './fix-error.ts';
export { locateMarkdownTurns, type MarkdownSource, type Span, type StampSpan, type TurnSource } from './markdown-source.ts';
export { proposeFixes, type ProposeOptions } from './propose-fixes.ts';
export { restoreText, type RestoreContext } from './restore-text.ts';
export type { FixEdit, FixKind, ReassignEdit, RestoreEdit, RetimeEdit, SplitEdit } from './types.ts';
