/**
 * The search box's fixed attributes, shared by the box a page first has (`search-box.tsx`) and the panel
 * that takes it over (`search-panel.tsx`): the two must draw the same element, or the swap would show.
 */
export const SEARCH_INPUT_ATTRIBUTES = {
  type: 'search',
  className: 'search-input',
  'aria-label': 'Search transcript',
  placeholder: 'Search transcript ( / )',
  autoComplete: 'off',
  spellCheck: false,
  enterKeyHint: 'search',
} as const;
