/**
 * `talkline align TALK CAPTIONS [--to report|md|json|findings] [--min-drift SECONDS] [-o OUT]`: lines an
 * edited talk up with the recording's captions, word by word. `report` lists skipped passages (with their
 * kind) and invented ones, turn boundaries to check, and stamps that are off; `md` writes the talk back
 * with corrected stamps; `json` a Podcasting 2.0 transcript with the aligned times; `findings` the report's
 * findings as JSON.
 *
 * `--fix --restore` (content only; `--restore=all` every skipped passage) and/or `--fix --retime` write
 * the talk file back with those fixes only, everything else byte for byte in the file's own encoding, and
 * the report of what was written and what was left out on standard error.
 */
import { alignTalk } from '../align/align-talk.ts';
import { DEFAULT_MIN_DRIFT } from '../align/findings.ts';
import { applyEditsToBytes, FixError, proposeFixes, type RestoreEdit, type RetimeEdit } from '../align/fix/index.ts';
import { alignFindings } from '../align/findings-json.ts';
import { applyAlignedTimes, formatAlignReport, alignmentWarning } from '../align/report.ts';
import { exportTalk } from '../transcript/formats/write-talk.ts';
import type { Talk } from '../transcript/types.ts';
import { formatDiagnostic, hasErrors } from './format-diagnostic.ts';
import { type InputTalk, readInputTalk } from './read-input.ts';
import { terminalText } from './terminal-text.ts';
import { type Stdout, writeOutput } from './write-output.ts';

export const ALIGN_OUTPUTS = ['report', 'md', 'json', 'findings'] as const;

/** What `--restore` writes: content only, or (`--restore=all`) every skipped passage. */
export type RestoreChoice = 'content' | 'all';

export interface AlignOptions {
  talk: string;
  captions: string;
  to: string;
  out?: string | undefined;
  /** Write the talk back with the fixes chosen by `restore` and `retime`. */
  fix?: boolean | undefined;
  /**
   * With `fix`: insert skipped passages. 'content' (`--restore`) what the transcript does not say, the
   * disfluencies and fragments left out and reported; 'all' (`--restore=all`) every skipped passage.
   */
  restore?: RestoreChoice | undefined;
  /** With `fix`: rewrite stamps to the recording's times. */
  retime?: boolean | undefined;
  /** Seconds a stamp may be off before it is reported (DEFAULT_MIN_DRIFT when left out). */
  minDrift?: number | undefined;
}

/** Problems with the combination of fix options, or null. */
function fixOptionsProblem(opts: AlignOptions): string | null {
  if (!opts.fix && (opts.restore !== undefined || opts.retime)) return '--restore and --retime choose what --fix writes; add --fix';
  if (opts.fix && opts.restore === undefined && !opts.retime) return '--fix needs --restore, --retime or both, to say which fixes to write';
  if (opts.fix && opts.to !== 'report') return '--fix writes the talk in its own format; leave out --to';
  return null;
}

export function runAlign(opts: AlignOptions, stdout: Stdout, stderr: (line: string) => void): number | Promise<number> {
  if (!(ALIGN_OUTPUTS as readonly string[]).includes(opts.to)) {
    stderr(`talkline: --to must be one of ${ALIGN_OUTPUTS.join(', ')} (got "${opts.to}")`);
    return 2;
  }
  const drift = opts.minDrift ?? DEFAULT_MIN_DRIFT;
  const problem = fixOptionsProblem(opts);
  if (problem !== null) {
    stderr(`talkline: ${problem}`);
    return 2;
  }
  const inputs = [readInputTalk(opts.talk), readInputTalk(opts.captions)];
  let failed = false;
  for (const { file, talk, diagnostics } of inputs) {
    for (const d of diagnostics) if (d.severity === 'error') stderr(formatDiagnostic(file, d));
    if (!talk || hasErrors(diagnostics)) failed = true;
  }
  const [talk, captions, source] = [inputs[0]!.talk, inputs[1]!.talk, inputs[0]!.source];
  if (failed || !talk || !captions || !source) {
    stderr('talkline: nothing was aligned; fix the errors above');
    return 1;
  }
  const result = alignTalk(talk, captions, { minDrift: drift });
  if (opts.fix) return writeFixed(opts, talk, source, result, drift, stdout, stderr);
  if (opts.to === 'report') return writeOutput(terminalText(formatAlignReport(result, opts.talk, talk)), opts.out, stdout, stderr);
  const warning = alignmentWarning(result, opts.talk);
  if (opts.to === 'findings') {
    if (warning !== null) stderr(warning);
    return writeOutput(`${JSON.stringify(alignFindings(result, talk, opts.talk), null, 2)}\n`, opts.out, stdout, stderr);
  }
  if (warning !== null) stderr(`${warning} (the times written may be wrong)`);
  // Markdown stamps hold whole seconds; the JSON keeps the aligned fractions.
  const text =
    opts.to === 'md' ? exportTalk(applyAlignedTimes(talk, result), 'md').text : exportTalk(applyAlignedTimes(talk, result, { seconds: 'exact' }), 'json').text;
  return writeOutput(text, opts.out, stdout, stderr);
}

/**
 * `--fix`: the talk file's own text with the chosen edits, and the report of them on standard error. The
 * edits go into the text the talk was read from (the talk model holds words, not the bytes around them),
 * which was read once: standard input, a pipe or a file changed since are never read a second time.
 */
function writeFixed(
  opts: AlignOptions,
  talk: Talk,
  source: NonNullable<InputTalk['source']>,
  result: ReturnType<typeof alignTalk>,
  minDrift: number,
  stdout: Stdout,
  stderr: (line: string) => void,
): number | Promise<number> {
  const { bytes, text: sourceText, encoding } = source;
  // How the file was decoded (a stray byte on line 12, Latin-1) matters to what is written back.
  for (const d of source.decoding) stderr(formatDiagnostic(opts.talk, d));
  const edits = proposeFixes(result, talk, { minDrift });
  const restored = edits.filter((e): e is RestoreEdit => e.kind === 'restore' && (opts.restore === 'all' || (opts.restore === 'content' && e.passage === 'content')));
  const leftOut = opts.restore === 'content' ? result.skipped.filter((s) => s.kind !== 'content') : opts.restore === 'all' ? [] : null;
  const retimed = opts.retime ? edits.filter((e): e is RetimeEdit => e.kind === 'retime') : null;
  let fixed: Uint8Array;
  try {
    // Written at the file's bytes in its own encoding: outside the edits, every byte stays as it was read.
    fixed = applyEditsToBytes(bytes, encoding, sourceText, talk, [...restored, ...(retimed ?? [])]);
  } catch (e) {
    if (!(e instanceof FixError)) throw e;
    stderr(`${opts.talk}: error: ${e.message}`);
    stderr('talkline: nothing was written');
    return 1;
  }
  const report = formatAlignReport(result, opts.talk, talk, { restored, leftOut, retimed, minDrift });
  for (const line of report.trimEnd().split('\n')) stderr(line);
  return writeOutput(fixed, opts.out, stdout, stderr);
}
