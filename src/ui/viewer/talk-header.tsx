import { memo } from 'react';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { moreLabel, shownDiagnostics } from '../shared/diagnostic-list.tsx';

const DATE_FORMAT = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

export interface TalkHeaderProps {
  talk: Talk;
  fileName: string;
  /** What the parser noticed; shown folded so a flawed transcript still explains itself. */
  diagnostics: Diagnostic[];
}

/** Title, date, the preface as the talk's description, and any notes on the transcript. */
function TalkHeaderImpl({ talk, fileName, diagnostics }: TalkHeaderProps) {
  const notes = shownDiagnostics(diagnostics);
  const more = moreLabel(notes.hidden);
  const paragraphs = talk.description.split(/\n\s*\n/).filter((text) => text.trim() !== '');
  return (
    <header className="talk-header">
      <h1>{talk.title}</h1>
      {talk.date !== null ? (
        <p className="talk-date">
          <time dateTime={talk.date.slice(0, 10)}>{formatDate(talk.date)}</time>
        </p>
      ) : null}
      {paragraphs.length > 0 ? (
        <div className="talk-description">
          {paragraphs.map((text, index) => (
            <p key={index}>{text}</p>
          ))}
        </div>
      ) : null}
      {diagnostics.length > 0 ? (
        <details className="talk-notes">
          <summary>
            {diagnostics.length} {diagnostics.length === 1 ? 'note' : 'notes'} on this transcript
          </summary>
          <ul>
            {notes.shown.map((diagnostic, index) => (
              <li key={index}>
                <code>
                  {fileName}:{diagnostic.line}
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

export const TalkHeader = memo(TalkHeaderImpl);
