import type { Diagnostic } from '../../transcript/types.ts';

export interface DiagnosticListProps {
  /** The file the problems are in, shown before each line number as `file:line`. */
  fileName: string;
  diagnostics: readonly Diagnostic[];
}

/** Problems found in a talk file, each as `file:line severity message`, the way `talkline check` prints them. */
export function DiagnosticList({ fileName, diagnostics }: DiagnosticListProps) {
  return (
    <ul className="diagnostics">
      {diagnostics.map((diagnostic, index) => (
        <li key={index} data-severity={diagnostic.severity}>
          <code>
            {fileName}
            {diagnostic.line > 0 ? `:${diagnostic.line}` : ''}
          </code>{' '}
          <span className="severity">{diagnostic.severity}</span> {diagnostic.message}
        </li>
      ))}
    </ul>
  );
}
