/**
 * A talk's compact page, for an `<iframe>` in someone else's post (`embed/<slug>/`): the player on top,
 * the transcript scrolling beneath it inside the frame's height, search and the chapters' menu (the
 * narrow layout, whatever the frame's width), and a way out to the full page.
 */
import type { ReactNode } from 'react';
import { talkPath } from '../../library/routes.ts';
import type { TalkPageData } from '../../page/page-data.ts';
import { PrerenderedTalkPage } from '../pages/prerendered-talk-page.tsx';
import './embed.css';
import { useT } from '../shared/i18n.tsx';

export interface EmbedPageProps {
  data: TalkPageData;
  location?: { search: string; hash: string };
}

/** The bar above an embedded talk: the way out to its full page. */
export function EmbedBar({ slug }: { slug: string }) {
  const t = useT();
  return (
    <nav className="embed-bar" aria-label="Talkline">
      <a className="embed-open" href={`../../${talkPath(slug)}`} target="_blank" rel="noopener">
        {t('Open in Talkline')}
        <span aria-hidden="true"> ↗</span>
      </a>
    </nav>
  );
}

export function EmbedPage({ data, location }: EmbedPageProps) {
  return (
    <div className="embed">
      <PrerenderedTalkPage data={data} tools={<EmbedBar slug={data.slug} />} {...(location === undefined ? {} : { location })} />
    </div>
  );
}

/**
 * The same compact page for a talk the page loads itself (`talkline dev`, which pre-renders nothing): the
 * talk page drawn narrow inside the embed's frame, with the embed's bar.
 */
export function EmbedFrame({ slug, children }: { slug: string; children: (tools: ReactNode) => ReactNode }) {
  return <div className="embed">{children(<EmbedBar slug={slug} />)}</div>;
}
