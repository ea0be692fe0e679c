import type { Diagnostic } from '../../transcript/types.ts';
import { DiagnosticList } from '../shared/diagnostic-list.tsx';
import { followLink } from '../shared/navigation.ts';
import { OpenFileButton } from '../tools/open-file-button.tsx';
import type { HomeLink } from '../tools/talk-tools.tsx';
import { useT } from '../shared/i18n.tsx';

export interface OpenErrorPanelProps {
  fileName: string;
  diagnostics: readonly Diagnostic[];
  home: HomeLink | null;
  /** Leaves the panel for the page it covered. */
  onDismiss?: () => void;
}

/** Why a file the reader opened is not a talk: every problem with its line, and what to do next. */
export function OpenErrorPanel({ fileName, diagnostics, home, onDismiss }: OpenErrorPanelProps) {
  const t = useT();
  return (
    // The alert is inside <main>: on <main> itself it would take the page's main landmark away.
    <main className="load-error open-error">
      <div role="alert">
        <h1>{t('This file could not be opened')}</h1>
        <p>
          <code>{fileName}</code> {t('has a problem that stops it from showing:|has problems that stop it from showing:', { count: diagnostics.length })}
        </p>
        <DiagnosticList fileName={fileName} diagnostics={diagnostics} />
      </div>
      <p>
        {t(
          'Talkline reads its talk markdown, WebVTT (YouTube auto-captions included), SubRip and Podcasting 2.0 JSON. Fix the file and open it again, or open another one.',
        )}
      </p>
      <p className="open-error-actions">
        <OpenFileButton label={t('Open another file…')} />
        {onDismiss === undefined ? null : (
          <button type="button" className="tool-button" onClick={onDismiss}>
            {t('Back')}
          </button>
        )}
        {home === null || onDismiss !== undefined ? null : (
          <a href={home.href} onClick={followLink}>
            {home.label ?? t('All talks')}
          </a>
        )}
      </p>
    </main>
  );
}

/** A remembered file that is gone (forgotten, or this link came from another browser). */
export function MissingFilePanel({ home }: { home: HomeLink | null }) {
  const t = useT();
  return (
    <main className="load-error open-error">
      <div role="alert">
        <h1>{t('This file is not here')}</h1>
        <p>
          {t(
            'Files you open are read and remembered in this browser only. This one was forgotten, or the link comes from another browser or computer. Open the file again to see it.',
          )}
        </p>
      </div>
      <p className="open-error-actions">
        <OpenFileButton />
        {home === null ? null : (
          <a href={home.href} onClick={followLink}>
            {home.label ?? t('All talks')}
          </a>
        )}
      </p>
    </main>
  );
}
