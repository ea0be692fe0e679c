/**
 * The parts that show a search's hits: the strip, the results list and its options. A chunk of their own, fetched
 * with the search engine (see `search-panel.tsx`): a page shows them only once a search has results,
 * and most visits never search, so the first page's script goes without them.
 */
export { HitStrip } from './hit-strip.tsx';
export { SearchResultList } from './search-result-list.tsx';
export { SearchOptions } from './search-options.tsx';
