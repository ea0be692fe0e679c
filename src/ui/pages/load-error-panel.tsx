import type { Diagnostic } from '../../transcript/types.ts';
import { DiagnosticList } from '../shared/diagnostic-list.tsx';
import { useT } from '../shared/i18n.tsx';

export interface LoadErrorPanelProps {
  fileName: string | null;
  diagnostics: Diagnostic[];
  /** The file never arrived (HTTP error, network): a reload may help, editing the file will not. */
  unreachable?: boolean;
}

/**
 * Shown instead of the viewer when a talk cannot be opened: why, and what to do. A file that did not
 * arrive gets the reason and a reload; a file that is not a talk gets every problem with its line.
 * The way back to the library (when there is one) is in the page's tools bar above it.
 */
export function LoadErrorPanel({ fileName, diagnostics, unreachable = false }: LoadErrorPanelProps) {
  const name = fileName ?? 'talk';
  const t = useT();
  if (unreachable) {
    return (
      // The alert is inside <main>: on <main> itself it would take the page's main landmark away.
      <main className="load-error">
        <div role="alert">
          <h1>{t('This talk could not be loaded')}</h1>
          <p>
            {t('The file')} <code>{name}</code> {t('did not arrive:')}
          </p>
          <ul className="diagnostics">
            {diagnostics.map((diagnostic, index) => (
              <li key={index}>{diagnostic.message}.</li>
            ))}
          </ul>
        </div>
        <p>
          <button type="button" className="reload-button" onClick={() => window.location.reload()}>
            {t('Reload the page')}
          </button>
        </p>
      </main>
    );
  }
  return (
    <main className="load-error">
      <div role="alert">
        <h1>{t('This talk could not be opened')}</h1>
        <p>
          {fileName === null ? (
            t('No talk file was found.')
          ) : (
            <>
              <code>{fileName}</code> {t('has a problem that stops it from showing:|has problems that stop it from showing:', { count: diagnostics.length })}
            </>
          )}
        </p>
        <DiagnosticList fileName={name} diagnostics={diagnostics} />
      </div>
      <p>
        {t('Fix the file and reload the page.')} <code>npx talkline check {fileName === null ? 'content/FILE.md' : `content/${fileName}`}</code>{' '}
        {t('lists the same problems.')}
      </p>
    </main>
  );
}
