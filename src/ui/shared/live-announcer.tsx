import { useEffect, useRef, useState } from 'react';
import type { Talk } from '../../transcript/types.ts';
import { useT } from './i18n.tsx';

/**
 * A polite live region telling screen-reader users who is speaking, and the chapter when it
 * changes. It speaks on turn changes only, and only when the speaker or chapter differs from what
 * it last said, so a steady answer is not interrupted tick after tick.
 */
export function LiveAnnouncer({ talk, turnIndex }: { talk: Talk; turnIndex: number }) {
  const [message, setMessage] = useState('');
  const said = useRef<{ turn: number; speaker: string | null; chapter: number } | null>(null);
  const t = useT();

  useEffect(() => {
    const turn = talk.turns[turnIndex];
    if (turn === undefined) return;
    const last = said.current;
    said.current = { turn: turnIndex, speaker: turn.speaker, chapter: turn.chapter };
    // Nothing to say on opening the page: the reader has not moved yet.
    if (last === null) return;
    if (last.speaker === turn.speaker && last.chapter === turn.chapter) return;
    const chapter = talk.chapters[turn.chapter];
    const newChapter = last.chapter !== turn.chapter && chapter !== undefined ? t('Chapter: {title}.', { title: chapter.title }) : null;
    // A turn without a speaker is not announced as anyone: only a new chapter is worth saying then.
    const message = [newChapter, turn.speaker].filter((part) => part !== null).join(' ');
    if (message !== '') setMessage(message);
  }, [talk, turnIndex, t]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </div>
  );
}
