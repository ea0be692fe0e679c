/**
 * "Embed" beside Export: the snippet that puts this talk's compact page in someone else's post. The
 * panel's code (`embed-snippet-panel.tsx`) is fetched when the reader heads for the menu, not with the
 * first page.
 */
import { lazyCode } from '../shared/lazy-code.ts';
import { LazyToolMenu } from '../tools/lazy-tool-menu.tsx';
import type { EmbedSnippetPanelProps } from './embed-snippet-panel.tsx';
import { useT } from '../shared/i18n.tsx';

const embedPanel = lazyCode(async () => (await import('./embed-snippet-panel.tsx')).EmbedSnippetPanel);

export function EmbedSnippet(props: EmbedSnippetPanelProps) {
  const t = useT();
  return <LazyToolMenu className="embed-menu" label={t('Embed')} panel={embedPanel} panelProps={props} />;
}
