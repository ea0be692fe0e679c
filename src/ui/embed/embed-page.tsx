/**
 * A talk's compact page, for an `<iframe>` in someone else's post (`embed/<slug>/`): the player on top,
 * the transcript scrolling beneath it inside the frame's height, search and the chapters' menu (the
 * narrow layout, whatever the frame's width), and a way out to the full page.
 */
import { talkPath } from '../../library/routes.ts';
import type { TalkPageData } from '../../ssr/page-data.ts';
import { PrerenderedTalkPage } from '../../ssr/prerendered-talk-page.tsx';
import './embed.css';

export interface EmbedPageProps {
  data: TalkPageData;
  location?: { search: string; hash: string };
}

export function EmbedPage({ data, location }: EmbedPageProps) {
  const tools = (
    <nav className="embed-bar" aria-label="Talkline">
      <a className="embed-open" href={`../../${talkPath(data.slug)}`} target="_blank" rel="noopener">
        Open in Talkline<span aria-hidden="true"> ↗</span>
      </a>
    </nav>
  );
  return (
    <div className="embed">
      <PrerenderedTalkPage data={data} tools={tools} {...(location === undefined ? {} : { location })} />
    </div>
  );
}
