import { type MouseEvent, useState } from 'react';
import type { ExportFormat } from '../../transcript/formats/write-talk.ts';
import type { Talk } from '../../transcript/types.ts';
import { announce } from '../shared/announce.ts';
import { transcriptText } from './transcript-text.ts';
import type { Message } from '../../i18n/translate.ts';
import { useT } from '../shared/i18n.tsx';

/** Every export the command line's `convert` offers, in the order people most often want them. */
const CHOICES: ReadonlyArray<{ format: ExportFormat; label: Message }> = [
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'vtt', label: 'WebVTT captions (.vtt)' },
  { format: 'srt', label: 'SubRip captions (.srt)' },
  { format: 'json', label: 'Podcasting 2.0 transcript (.json)' },
  { format: 'chapters', label: 'Podcasting 2.0 chapters (.chapters.json)' },
];

export interface ExportPanelProps {
  talk: Talk;
  /** The file the talk was read from; the download is named after it. */
  fileName: string;
}

/**
 * The panel of "Export" (`export-menu.tsx`): downloads the talk in another format, written by the same
 * exporters as the command line, or copies it as plain text (with or without times). The exporters load
 * on the first click.
 */
export function ExportPanel({ talk, fileName }: ExportPanelProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<'plain' | 'times' | null>(null);
  const t = useT();

  const copyText = async (withTimes: boolean): Promise<void> => {
    try {
      await navigator.clipboard.writeText(transcriptText(talk, withTimes));
      setProblem(null);
      setCopied(withTimes ? 'times' : 'plain');
      announce(t('Transcript copied'));
    } catch {
      // Clipboard access is refused on plain http and in some embedded browsers.
      setCopied(null);
      setProblem(t('The browser would not let the page copy. Export as Markdown instead, or select the text and copy it.'));
    }
  };

  const choose = async (event: MouseEvent<HTMLButtonElement>, format: ExportFormat): Promise<void> => {
    const menu = event.currentTarget.closest('details');
    try {
      const { downloadExport } = await import('./download-export.ts');
      downloadExport(talk, format, fileName);
      setProblem(null);
      if (menu !== null) menu.open = false;
    } catch (error) {
      setProblem(t('The export failed ({error}); reload the page and try again.', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <>
      <ul>
        {CHOICES.map(({ format, label }) => {
          const empty = format === 'chapters' && talk.chapters.length === 0;
          return (
            <li key={format}>
              <button
                type="button"
                className="tool-link"
                data-format={format}
                disabled={empty}
                title={empty ? t('This talk has no chapters') : undefined}
                onClick={(event) => void choose(event, format)}
              >
                {t(label)}
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="copy-text-choices" aria-label={t('Copy')}>
        <li>
          <button type="button" className="tool-link" data-copy="plain" onClick={() => void copyText(false)}>
            {copied === 'plain' ? t('Copied') : t('Copy as text')}
          </button>
        </li>
        <li>
          <button type="button" className="tool-link" data-copy="times" onClick={() => void copyText(true)}>
            {copied === 'times' ? t('Copied') : t('Copy as text with times')}
          </button>
        </li>
      </ul>
      {problem === null ? null : (
        <p className="tool-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
