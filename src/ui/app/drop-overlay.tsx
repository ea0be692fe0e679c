import { useT } from '../shared/i18n.tsx';

/** Shown while a file is dragged over the page: where it will go, and that it stays on this computer. */
export function DropOverlay() {
  const t = useT();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">{t('Drop a transcript to open it')}</p>
        <p>{t('Markdown, WebVTT, SubRip or Podcasting 2.0 JSON. It is read here and never uploaded.')}</p>
      </div>
    </div>
  );
}
