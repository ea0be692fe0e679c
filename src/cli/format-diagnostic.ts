import type { Diagnostic } from '../transcript/types.ts';

/**
 * `FILE:LINE: warning|error: message`, the form editors and CI logs turn into links; `FILE: …` for what
 * concerns the whole file (line 0: no video id, the file's encoding), which has no line to point at.
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return d.line > 0 ? `${file}:${d.line}: ${d.severity}: ${d.message}` : `${file}: ${d.severity}: ${d.message}`;
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');
