/**
 * A file the reader opened, shown in the viewer (`?file=<id>`). Loaded on demand with the readers of
 * every format. Asks for the video when the file names none.
 */
import { useEffect, useState } from 'react';
import type { NotRemembered } from '../../library/recent-files.ts';
import { declaredMedia, openedFileMedia } from '../../transcript/media.ts';
import { TalkViewer } from '../viewer/talk-viewer.tsx';
import { CaptionCheckContext } from '../viewer/alignment/review/caption-check.ts';
import { useCaptionCheck } from '../viewer/alignment/review/use-caption-check.ts';
import { type OpenResult, type OpenedTalk, giveVideoId, openRemembered, readWithoutVideo } from '../shared/open-file.ts';
import { navigate } from '../shared/navigation.ts';
import { MissingFilePanel, OpenErrorPanel } from './open-error-panel.tsx';
import { type HomeLink, TalkTools } from '../tools/talk-tools.tsx';
import { VideoIdPrompt } from './video-id-prompt.tsx';
import type { Message } from '../../i18n/translate.ts';
import { useT } from '../shared/i18n.tsx';

export interface OpenedFilePageProps {
  id: string;
  home: HomeLink | null;
}

/** Why the file will be gone after a reload, in the reader's terms. */
export const NOT_REMEMBERED: Record<NotRemembered, Message> = {
  'too-large': 'This file is too large for the browser to remember (over 1.5 million characters): it will be gone after a reload.',
  full: 'The browser’s storage for this page is full, so this file is not remembered: it will be gone after a reload. The files remembered before are kept.',
  refused: 'The browser refused to store this file: it will be gone after a reload.',
  blocked: 'This browser blocks storage for this page, so no file is remembered: this one will be gone after a reload.',
};

/** The tab's title, so that it never names the page the reader came from. */
function useTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}

function OpenedTalkView({ opened, home }: { opened: OpenedTalk; home: HomeLink | null }) {
  useTitle(`${opened.talk.title} · Talkline`);
  const t = useT();
  const note = opened.notRemembered === null ? null : t(NOT_REMEMBERED[opened.notRemembered]);
  // No captions beside an opened file: the reader attaches them ("Check against captions…").
  const { alignment, check } = useCaptionCheck({ talk: opened.talk, sourceText: opened.text, sourceEncoding: opened.encoding, fileName: opened.fileName });
  return (
    <CaptionCheckContext.Provider value={check}>
      <TalkViewer
        // A new video id builds a new player: the old one was made for no video.
        key={opened.talk.videoId ?? 'no-video'}
        talk={alignment?.status === 'aligned' ? alignment.view.talk : opened.talk}
        fileName={opened.fileName}
        diagnostics={opened.diagnostics}
        // Most likely the reader's own file: what looks wrong in it is a line away, folded.
        notes="folded"
        tools={<TalkTools talk={opened.talk} fileName={opened.fileName} home={home} note={note} />}
        alignment={alignment}
        media={openedFileMedia(declaredMedia(opened.talk))}
      />
    </CaptionCheckContext.Provider>
  );
}

/** The opened file's page; see the module comment. */
export default function OpenedFilePage({ id, home }: OpenedFilePageProps) {
  const [result, setResult] = useState<OpenResult | { ok: false; missing: true }>(() => openRemembered(id));
  // A talk with its own media needs no YouTube video.
  const asking = result.ok && result.opened.talk.videoId === null && result.opened.talk.meta.media === undefined && !result.opened.withoutVideo;
  // The video question names itself (see VideoIdPrompt).
  const t = useT();
  const shown = !result.ok ? ('missing' in result ? t('This file is not here') : t('This file could not be opened')) : null;
  useTitle(shown === null ? null : `${shown} · Talkline`);

  if (!result.ok) {
    if ('missing' in result) return <MissingFilePanel home={home} />;
    return <OpenErrorPanel fileName={result.fileName} diagnostics={result.diagnostics} home={home} />;
  }
  const { opened } = result;
  if (asking) {
    return (
      <VideoIdPrompt
        fileName={opened.fileName}
        title={opened.talk.title}
        onVideoId={(videoId) => setResult({ ok: true, opened: giveVideoId(opened, videoId) })}
        onSkip={() => setResult({ ok: true, opened: readWithoutVideo(opened) })}
        // Not this file after all: back to the site's home (the page it came from is not known here).
        onCancel={home === null ? undefined : () => navigate(home.href)}
      />
    );
  }
  return <OpenedTalkView opened={opened} home={home} />;
}
