/**
 * The tools bar above a talk (export, checking against captions, the embed snippet, the way home): a chunk
 * of its own, apart from the viewer's. A pre-rendered talk page does not wait for it: the build draws the
 * bar and links its styles, and the app takes the bar over once its code has come (its own `<Suspense>`
 * boundary, see `app-root.tsx`), so the talk answers without it.
 */
import { EmbedSnippet } from '../embed/embed-snippet.tsx';
import { type HomeLink, TalkTools } from '../tools/talk-tools.tsx';
import type { Talk } from '../../transcript/types.ts';

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
