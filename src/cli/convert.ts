/**
 * `talkline convert FILE --to FORMAT [-o OUT]`: writes the talk in another format.
 */
import { statSync } from 'node:fs';
import { exportTalk, type ExportFormat } from '../transcript/formats/write-talk.ts';
import { formatDiagnostic, hasErrors } from './format-diagnostic.ts';
import { readInputTalk } from './read-input.ts';
import { type Stdout, writeOutput } from './write-output.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'chapters', 'vtt', 'srt', 'md'];

export interface ConvertOptions {
  file: string;
  to: string;
  out?: string | undefined;
}

export function runConvert(opts: ConvertOptions, stdout: Stdout, stderr: (line: string) => void): number | Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.to)) {
    stderr(`talkline: --to must be one of ${EXPORT_FORMATS.join(', ')} (got "${opts.to}")`);
    return 2;
  }
  if (opts.out !== undefined && isSameFile(opts.file, opts.out)) {
    stderr(`talkline: -o ${opts.out} is the input file ${opts.file}; give another name, so the talk is not replaced by its ${opts.to} version`);
    return 1;
  }
  const { talk, diagnostics } = readInputTalk(opts.file);
  for (const d of diagnostics) if (d.severity === 'error') stderr(formatDiagnostic(opts.file, d));
  if (!talk || hasErrors(diagnostics)) {
    stderr(`talkline: ${opts.file} was not converted; fix the errors above`);
    return 1;
  }
  const { text } = exportTalk(talk, opts.to as ExportFormat);
  return writeOutput(text, opts.out, stdout, stderr);
}

/** True when `out` is the file `input` names, by another name too (a symbolic or hard link): same device and inode. */
function isSameFile(input: string, out: string): boolean {
  try {
    const a = statSync(input);
    const b = statSync(out);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    // Either does not exist (yet): they cannot be one file; reading or writing reports its own error.
    return false;
  }
}
