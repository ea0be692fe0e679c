/**
 * Which of a file's problems a page lists. Apart from `diagnostic-list.tsx`, which draws them for the
 * error pages: a talk's header lists them too (on `?notes`), without the error pages' code.
 */
import type { Translate } from '../../i18n/translate.ts';
import type { Diagnostic } from '../../transcript/types.ts';

/**
 * Most problems listed in the page. A file of 20,000 stray stamps has 20,000 warnings: rendering them all
 * holds the page for seconds and no one reads past the first screen. `talkline check` lists every one.
 */
export const SHOWN_DIAGNOSTICS = 50;

/**
 * The problems to list, in file order: every error first in line for a place (an error says why the file
 * does not open, and must not hide behind warnings), then the first warnings; and how many are left out.
 */
export function shownDiagnostics(diagnostics: readonly Diagnostic[], limit = SHOWN_DIAGNOSTICS): { shown: Diagnostic[]; hidden: number } {
  if (diagnostics.length <= limit) return { shown: [...diagnostics], hidden: 0 };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  let warningsLeft = Math.max(0, limit - errors);
  let errorsLeft = limit;
  const shown = diagnostics.filter((d) => {
    if (d.severity === 'error') return errorsLeft-- > 0;
    return warningsLeft-- > 0;
  });
  return { shown, hidden: diagnostics.length - shown.length };
}

/** "and 19,951 more", for the end of a shortened list; null when nothing was left out. */
export function moreLabel(hidden: number, t: Translate): string | null {
  return hidden === 0 ? null : t('and {count} more', { count: hidden });
}
