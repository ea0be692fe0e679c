/**
 * The name of the performance mark the app sets once the page answers (see `interactive-mark.tsx`). A
 * module of its own, without imports, so that `early-keys.ts`, which runs before the rest of the page's
 * script, can wait for the mark without making React be evaluated first.
 */
export const INTERACTIVE_MARK = 'talkline:interactive';
