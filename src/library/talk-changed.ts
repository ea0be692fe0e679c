/**
 * What the dev server tells an open page when a talk's file was saved (`build/talk-library-plugin.ts`
 * sends it, `src/ui/pages/use-talk-file-updates.ts` reads it): one definition for both sides.
 */
import type { Diagnostic } from '../transcript/types.ts';

/** The custom event's name; its data is a `TalkChanged`. */
export const TALK_CHANGED_EVENT = 'talkline:talk-changed';

export interface TalkChanged {
  fileName: string;
  /** Whether the file still reads as a talk, and what the reader said of it (file, line, message). */
  ok: boolean;
  diagnostics: Diagnostic[];
}
