import type { Diagnostic } from '../transcript/types.ts';

export interface LoadErrorPanelProps {
  fileName: string | null;
  diagnostics: Diagnostic[];
}

/** Shown instead of the viewer when a talk cannot be opened: every problem with its file and line. */
export function LoadErrorPanel({ fileName, diagnostics }: LoadErrorPanelProps) {
  const name = fileName ?? 'talk';
  return (
    <main className="load-error" role="alert">
      <h1>This talk could not be opened</h1>
      <p>
        {fileName === null ? 'No talk file was found.' : (
          <>
            <code>{fileName}</code> has {diagnostics.length === 1 ? 'a problem' : 'problems'} that stop it from showing:
          </>
        )}
      </p>
      <ul className="diagnostics">
        {diagnostics.map((diagnostic, index) => (
          <li key={index} data-severity={diagnostic.severity}>
            <code>
              {name}
              {diagnostic.line > 0 ? `:${diagnostic.line}` : ''}
            </code>{' '}
            <span className="severity">{diagnostic.severity}</span> {diagnostic.message}
          </li>
        ))}
      </ul>
      <p>Fix the file and reload the page. <code>npm run talkline -- check {fileName === null ? 'content/FILE.md' : `content/${fileName}`}</code> lists the same problems.</p>
    </main>
  );
}
