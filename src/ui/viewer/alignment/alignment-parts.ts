/**
 * What the viewer draws of an alignment with a caption file, as one chunk: fetched when a talk has captions
 * to check, or a caption file is offered (see `use-alignment-display.tsx`), so a talk's first page does not
 * carry it.
 */
export { AlignmentBar } from './alignment-bar.tsx';
export { CaptionQuestion } from './review/caption-question.tsx';
export { SkippedPassageView } from './skipped-passage.tsx';
export { SpeakerCheckMarker } from './speaker-check-marker.tsx';
