import { memo, useId, useState } from 'react';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { formatDate } from '../shared/format-time.ts';
import { useLanguage, useT } from '../shared/i18n.tsx';
import { moreLabel, shownDiagnostics } from '../shared/shown-diagnostics.ts';
import { directionOf, prefaceLanguage, talkLanguage } from '../../transcript/language.ts';

/** A description longer than this (or of more than one paragraph) starts folded to a few lines, with "More". */
export const FOLD_DESCRIPTION_CHARS = 240;

export interface TalkHeaderProps {
  talk: Talk;
  fileName: string;
  /** What the parser noticed about the file. */
  diagnostics: Diagnostic[];
  /**
   * How to list `diagnostics`. They are for whoever edits the file, like `talkline check`: 'hidden' on a
   * published talk, whose viewers came to watch; 'folded' (a line that opens to the list) on a file the
   * reader opened, most likely their own; 'open' on `?notes`.
   */
  notes?: NotesShown;
}

export type NotesShown = 'hidden' | 'folded' | 'open';

/** Title, date, the preface as the talk's description, and the notes on the file (see `notes`). */
function TalkHeaderImpl({ talk, fileName, diagnostics, notes: notesShown = 'hidden' }: TalkHeaderProps) {
  const { t, lang: pageLang } = useLanguage();
  const notes = shownDiagnostics(diagnostics);
  const more = moreLabel(notes.hidden, t);
  const paragraphs = talk.description.split(/\n\s*\n/).filter((text) => text.trim() !== '');
  // The talk's own language, for its title; the date is written in the page's.
  const lang = talkLanguage(talk);
  return (
    <header className="talk-header">
      <h1 lang={lang} dir={directionOf(lang)}>
        {talk.title}
      </h1>
      {talk.date !== null ? (
        <p className="talk-date">
          <time dateTime={talk.date.slice(0, 10)}>{formatDate(talk.date, pageLang, 'long')}</time>
        </p>
      ) : null}
      {paragraphs.length > 0 ? <TalkDescription paragraphs={paragraphs} lang={prefaceLanguage(talk)} /> : null}
      {notesShown !== 'hidden' && diagnostics.length > 0 ? (
        <details className="talk-notes" open={notesShown === 'open'}>
          <summary>{t('{count} note on this transcript|{count} notes on this transcript', { count: diagnostics.length })}</summary>
          <ul>
            {notes.shown.map((diagnostic, index) => (
              <li key={index}>
                <code>
                  {fileName}
                  {diagnostic.line > 0 ? `:${diagnostic.line}` : ''}
                </code>{' '}
                {diagnostic.message}
              </li>
            ))}
            {more === null ? null : <li>{more}</li>}
          </ul>
        </details>
      ) : null}
    </header>
  );
}

/** The preface; a long one is folded to a few lines so the transcript starts near the top. */
function TalkDescription({ paragraphs, lang }: { paragraphs: string[]; lang: string }) {
  const long = paragraphs.length > 1 || (paragraphs[0]?.length ?? 0) > FOLD_DESCRIPTION_CHARS;
  const [open, setOpen] = useState(false);
  const id = useId();
  const t = useT();
  const folded = long && !open;
  return (
    <div className="talk-description-box">
      <div className="talk-description" id={id} data-folded={folded ? 'true' : undefined} lang={lang} dir={directionOf(lang)}>
        {paragraphs.map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>
      {long ? (
        <button type="button" className="description-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('Less') : t('More')}
        </button>
      ) : null}
    </div>
  );
}

export const TalkHeader = memo(TalkHeaderImpl);
