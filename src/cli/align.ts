/**
 * `talkline align TALK CAPTIONS [--to report|md|json] [-o OUT]`: lines an edited talk up with the recording's
 * captions, word by word. `report` lists skipped and invented passages, stamps that are off, and turn
 * boundaries to check; `md` writes the talk back with corrected stamps; `json` a Podcasting 2.0 transcript
 * with the aligned times.
 */
import { alignTalk } from '../align/align-talk.ts';
import { applyAlignedTimes, formatAlignReport, lowShareWarning } from '../align/report.ts';
import { exportTalk } from '../transcript/export/index.ts';
import { formatDiagnostic, hasErrors } from './format-diagnostic.ts';
import { readInputTalk } from './read-input.ts';
import { writeOutput } from './write-output.ts';

export const ALIGN_OUTPUTS = ['report', 'md', 'json'] as const;

export interface AlignOptions {
  talk: string;
  captions: string;
  to: string;
  out?: string | undefined;
}

export function runAlign(opts: AlignOptions, stdout: (text: string) => void, stderr: (line: string) => void): number | Promise<number> {
  if (!(ALIGN_OUTPUTS as readonly string[]).includes(opts.to)) {
    stderr(`talkline: --to must be one of ${ALIGN_OUTPUTS.join(', ')} (got "${opts.to}")`);
    return 2;
  }
  const inputs = [readInputTalk(opts.talk), readInputTalk(opts.captions)];
  let failed = false;
  for (const { file, talk, diagnostics } of inputs) {
    for (const d of diagnostics) if (d.severity === 'error') stderr(formatDiagnostic(file, d));
    if (!talk || hasErrors(diagnostics)) failed = true;
  }
  const [talk, captions] = [inputs[0]!.talk, inputs[1]!.talk];
  if (failed || !talk || !captions) {
    stderr('talkline: nothing was aligned; fix the errors above');
    return 1;
  }
  const result = alignTalk(talk, captions);
  if (opts.to === 'report') return writeOutput(formatAlignReport(result, opts.talk, talk), opts.out, stdout, stderr);
  const warning = lowShareWarning(result, opts.talk);
  if (warning !== null) stderr(`${warning} (the times written may be wrong)`);
  // Markdown stamps hold whole seconds; the JSON keeps the aligned fractions.
  const text =
    opts.to === 'md'
      ? exportTalk(applyAlignedTimes(talk, result), 'md').text
      : exportTalk(applyAlignedTimes(talk, result, { seconds: 'exact' }), 'json').text;
  return writeOutput(text, opts.out, stdout, stderr);
}
