import type { Diagnostic } from '../transcript/types.ts';

/** `FILE:LINE: warning|error: message`, the form editors and CI logs turn into links. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}: ${d.severity}: ${d.message}`;
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');
