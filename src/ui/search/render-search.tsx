/**
 * What the page passes as `renderSearch`: the search panel, wired to the viewer's slot.
 */
import type { SearchSlotContext } from '../search-slot.tsx';
import { SearchPanel } from './search-panel.tsx';

/** Renders the search panel for the viewer's current talk. */
export function renderSearch(context: SearchSlotContext) {
  return <SearchPanel talk={context.talk} onGo={context.go} onMarksChange={context.setMarks} onClear={context.clear} />;
}
