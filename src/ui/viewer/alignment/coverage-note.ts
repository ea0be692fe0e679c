/**
 * The sentence the alignment bar says when the captions cover only part of the talk, in the page's
 * language: the view (`alignment-view.ts`) keeps where the captions run, so the words follow a change of
 * language. A module of its own so the bar's chunk does not carry the view's code.
 */
import { english } from '../../../i18n/english.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { formatClock } from '../../../transcript/time/clock.ts';

/** Where the captions run (seconds), and on which side of them turns were not checked. */
export interface PartialCoverage {
  start: number;
  end: number;
  outside: 'before' | 'after' | 'both';
}

/** "The captions cover 0:00–4:58 only: the turns after it keep their own times and were not checked". */
export function coverageNote({ start, end, outside }: PartialCoverage, t: Translate = english): string {
  const from = formatClock(start);
  const to = formatClock(end);
  if (outside === 'both')
    return t('The captions cover {from}–{to} only: the turns before and after it keep their own times and were not checked', { from, to });
  if (outside === 'before') return t('The captions cover {from}–{to} only: the turns before it keep their own times and were not checked', { from, to });
  return t('The captions cover {from}–{to} only: the turns after it keep their own times and were not checked', { from, to });
}
