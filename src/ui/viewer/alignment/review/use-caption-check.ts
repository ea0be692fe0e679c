/**
 * The talk page's side of checking a talk against captions: the caption file beside the talk in the
 * library, or one the reader attaches (picked with "Check against captions…", or dropped on the talk and
 * confirmed), aligned with the talk. Nothing is uploaded: an attached file is read here.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import type { CaptionText } from '../../../../align/align-protocol.ts';
import type { CaptionSibling } from '../../../../library/manifest.ts';
import type { TextEncoding } from '../../../../transcript/decode-text.ts';
import type { Talk } from '../../../../transcript/types.ts';
import { FileOpenerContext } from '../../../shared/file-opener.ts';
import { type AlignmentState, useAlignment } from '../use-alignment.ts';
import type { CaptionCheck, CaptionFileError } from './caption-check.ts';
import { takeCaptionOffers } from './caption-offer.ts';

export interface CaptionCheckOptions {
  talk: Talk | null;
  /** Caption files beside the talk in the library. */
  siblings?: readonly CaptionSibling[] | undefined;
  sourceText: string | null;
  /** The encoding of the talk file's bytes. */
  sourceEncoding: TextEncoding;
  fileName: string;
}

/** Reads a caption file the reader attached (its code fetched then); resolves with its text or with why it cannot be used. */
async function readCaptionFile(file: File): Promise<CaptionText | { error: CaptionFileError }> {
  try {
    return (await import('./read-caption-file.ts')).readCaptionFile(file);
  } catch (error) {
    return { error: { kind: 'unreadable', fileName: file.name, reason: error instanceof Error ? error.message : String(error) } };
  }
}

export function useCaptionCheck({ talk, siblings, sourceText, sourceEncoding, fileName }: CaptionCheckOptions): {
  alignment: AlignmentState | null;
  check: CaptionCheck;
} {
  const opener = useContext(FileOpenerContext);
  // Remembered with the talk they were attached to: another talk starts without them.
  const [attached, setAttached] = useState<{ talk: Talk; captions: CaptionText } | null>(null);
  const [attachError, setAttachError] = useState<CaptionFileError | null>(null);
  const [offered, setOffered] = useState<File | null>(null);
  const captions = attached !== null && attached.talk === talk ? attached.captions : siblings;
  const alignment = useAlignment(talk, captions);

  useEffect(() => {
    if (talk === null) return;
    return takeCaptionOffers((file) => {
      setOffered(file);
      return true;
    });
  }, [talk]);

  const check = useMemo<CaptionCheck>(() => {
    const attach = (file: File): void => {
      if (talk === null) return;
      void readCaptionFile(file).then((read) => {
        if ('error' in read) {
          setAttachError(read.error);
          return;
        }
        setAttachError(null);
        setAttached({ talk, captions: read });
      });
    };
    return {
      sourceText,
      sourceEncoding,
      fileName,
      attach,
      offered,
      attachError,
      answerOffer: (answer) => {
        const file = offered;
        setOffered(null);
        if (file === null) return;
        if (answer === 'check') attach(file);
        else if (answer === 'open') opener.open(file);
      },
    };
  }, [talk, sourceText, sourceEncoding, fileName, offered, attachError, opener]);

  return { alignment, check };
}
