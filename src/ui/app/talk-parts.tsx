/**
 * What the page root shows only around a talk: the pre-rendered talk page (the viewer) and the tools bar
 * above a talk. A chunk of its own, so the library's home page does not carry the viewer's code; a talk's
 * pre-rendered page preloads it with its first script (see `build/prerender-plugin.ts`), and the entry
 * point awaits it before taking the page over.
 */
import { EmbedSnippet } from '../embed/embed-snippet.tsx';
import { type HomeLink, TalkTools } from '../tools/talk-tools.tsx';
import type { Talk } from '../../transcript/types.ts';

export { PrerenderedTalkPage } from '../pages/prerendered-talk-page.tsx';
export { TranslatedViewer } from '../viewer/translation/lazy-translated-viewer.ts';

export interface TalkToolsBarProps {
  talk: Talk | null;
  fileName: string;
  home: HomeLink | null;
  /** The talk's slug when it is one of the site's (its embed snippet is offered), else null. */
  slug: string | null;
  /** The site's root, relative to this page. */
  root: string;
}

/** The tools above a talk, with the embed snippet for a talk of the site. */
export function TalkToolsBar({ talk, fileName, home, slug, root }: TalkToolsBarProps) {
  return (
    <TalkTools
      talk={talk}
      fileName={fileName}
      home={home}
      extra={talk === null || slug === null ? null : <EmbedSnippet slug={slug} title={talk.title} root={root} />}
    />
  );
}
