import { type ChangeEvent, useRef } from 'react';
import { NARROW_QUERY, useMediaMatch } from '../shared/use-media-query.ts';
import { useCaptionCheckContext } from '../viewer/alignment/review/caption-check.ts';
import { useT } from '../shared/i18n.tsx';
import { useHydrated } from '../shared/use-hydrated.ts';

const CAPTION_FILES = '.vtt,.webvtt,.srt,.json,text/vtt,application/x-subrip,application/json';

/**
 * "Check against captions…": picks the recording's caption file and aligns the shown talk with it, for
 * review. Shown only on a talk page that can check its talk. In the narrow screens' Tools menu, read by
 * readers more than authors, it says what it does in plain words.
 */
export function CheckCaptionsButton() {
  const check = useCaptionCheckContext();
  const input = useRef<HTMLInputElement>(null);
  const narrow = useMediaMatch(NARROW_QUERY) === true;
  const t = useT();
  // As the open-file input: disabled until the bar is taken over, so a file given before is refused, not lost.
  const hydrated = useHydrated();
  if (check === null) return null;

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    // Cleared so choosing the same file again fires another change.
    event.currentTarget.value = '';
    if (file !== undefined) check.attach(file);
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={() => input.current?.click()}
        title={t("The recording's captions (WebVTT, SubRip or Podcasting 2.0 JSON); read on this computer, never uploaded")}
      >
        {narrow ? t('Compare with a subtitle file…') : t('Check against captions…')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={CAPTION_FILES}
        tabIndex={-1}
        aria-hidden="true"
        aria-label={t('Caption file to check against')}
        disabled={!hydrated}
        onChange={onChange}
      />
    </>
  );
}
