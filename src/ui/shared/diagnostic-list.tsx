import type { Diagnostic } from '../../transcript/types.ts';
import { moreLabel, shownDiagnostics } from './shown-diagnostics.ts';
import { useT } from './i18n.tsx';

export { SHOWN_DIAGNOSTICS, moreLabel, shownDiagnostics } from './shown-diagnostics.ts';

export interface DiagnosticListProps {
  /** The file the problems are in, shown before each line number as `file:line`. */
  fileName: string;
  diagnostics: readonly Diagnostic[];
}

/** Problems found in a talk file, each as `file:line severity message`, the way `talkline check` prints them. */
export function DiagnosticList({ fileName, diagnostics }: DiagnosticListProps) {
  const { shown, hidden } = shownDiagnostics(diagnostics);
  const t = useT();
  const more = moreLabel(hidden, t);
  return (
    <>
      <ul className="diagnostics">
        {shown.map((diagnostic, index) => (
          <li key={index} data-severity={diagnostic.severity}>
            <code>
              {fileName}
              {diagnostic.line > 0 ? `:${diagnostic.line}` : ''}
            </code>{' '}
            <span className="severity">{diagnostic.severity}</span> {diagnostic.message}
          </li>
        ))}
      </ul>
      {more === null ? null : <p className="diagnostics-more">{more}</p>}
    </>
  );
}
