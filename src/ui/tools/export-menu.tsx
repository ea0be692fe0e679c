/**
 * "Export" in the bar above a talk: the talk in another format, or copied as text. The panel's code
 * (`export-panel.tsx`) is fetched when the reader heads for the menu, not with the first page.
 */
import type { Talk } from '../../transcript/types.ts';
import { lazyCode } from '../shared/lazy-code.ts';
import { LazyToolMenu } from './lazy-tool-menu.tsx';
import { useT } from '../shared/i18n.tsx';

export interface ExportMenuProps {
  talk: Talk;
  /** The file the talk was read from; the download is named after it. */
  fileName: string;
}

const exportPanel = lazyCode(async () => (await import('./export-panel.tsx')).ExportPanel);

export function ExportMenu(props: ExportMenuProps) {
  const t = useT();
  return <LazyToolMenu className="export-menu" label={t('Export')} panel={exportPanel} panelProps={props} />;
}
