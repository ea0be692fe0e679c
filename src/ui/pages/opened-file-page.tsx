/**
 * A file the reader opened, shown in the viewer (`?file=<id>`). Loaded on demand with the readers of
 * every format. Asks for the video when the file names none.
 */
import { useEffect, useState } from 'react';
import { TalkViewer } from '../viewer/talk-viewer.tsx';
import { CaptionCheckContext } from '../viewer/alignment/review/caption-check.ts';
import { useCaptionCheck } from '../viewer/alignment/review/use-caption-check.ts';
import { type OpenResult, type OpenedTalk, giveVideoId, openRemembered } from '../app/open-file.ts';
import { MissingFilePanel, OpenErrorPanel } from './open-error-panel.tsx';
import { type HomeLink, TalkTools } from '../tools/talk-tools.tsx';
import { VideoIdPrompt, isReadWithoutVideo } from './video-id-prompt.tsx';

export interface OpenedFilePageProps {
  id: string;
  home: HomeLink | null;
}

function OpenedTalkView({ opened, home }: { opened: OpenedTalk; home: HomeLink | null }) {
  useEffect(() => {
    document.title = `${opened.talk.title} · Talkline`;
  }, [opened.talk.title]);
  const note = opened.remembered ? null : 'This file is too large for the browser to remember: it will be gone after a reload.';
  // No captions beside an opened file: the reader attaches them ("Check against captions…").
  const { alignment, check } = useCaptionCheck({ talk: opened.talk, sourceText: opened.text, fileName: opened.fileName });
  return (
    <CaptionCheckContext.Provider value={check}>
      <TalkViewer
        // A new video id builds a new player: the old one was made for no video.
        key={opened.talk.videoId ?? 'no-video'}
        talk={alignment?.status === 'aligned' ? alignment.view.talk : opened.talk}
        fileName={opened.fileName}
        diagnostics={opened.diagnostics}
        tools={<TalkTools talk={opened.talk} fileName={opened.fileName} home={home} note={note} />}
        alignment={alignment}
      />
    </CaptionCheckContext.Provider>
  );
}

/** The opened file's page; see the module comment. */
export default function OpenedFilePage({ id, home }: OpenedFilePageProps) {
  const [result, setResult] = useState<OpenResult | { ok: false; missing: true }>(() => openRemembered(id));
  const [withoutVideo, setWithoutVideo] = useState(() => isReadWithoutVideo(id));

  if (!result.ok) {
    if ('missing' in result) return <MissingFilePanel home={home} />;
    return <OpenErrorPanel fileName={result.fileName} diagnostics={result.diagnostics} home={home} />;
  }
  const { opened } = result;
  if (opened.talk.videoId === null && !withoutVideo) {
    return (
      <VideoIdPrompt
        fileName={opened.fileName}
        title={opened.talk.title}
        onVideoId={(videoId) => setResult({ ok: true, opened: giveVideoId(opened, videoId) })}
        onSkip={() => setWithoutVideo(true)}
      />
    );
  }
  return <OpenedTalkView opened={opened} home={home} />;
}
