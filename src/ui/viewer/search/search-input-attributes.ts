/**
 * The search box's fixed attributes, shared by the box a page first has (`search-box.tsx`) and the panel
 * that takes it over (`search-panel.tsx`): the two must draw the same element, or the swap would show.
 */
import type { Translate } from '../../../i18n/translate.ts';

export const searchInputAttributes = (t: Translate) =>
  ({
    type: 'search',
    className: 'search-input',
    'aria-label': t('Search transcript'),
    placeholder: t('Search transcript ( / )'),
    autoComplete: 'off',
    spellCheck: false,
    enterKeyHint: 'search',
  }) as const;
