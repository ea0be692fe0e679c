/**
 * The search box as a page first has it: the box alone, drawn as the panel draws it before a search. The
 * panel's code (`search-panel.tsx`: the results, the steps, the search state) is fetched the first time
 * the reader heads for the box (focus, a pointer over it, `/` or Ctrl/Cmd+F), and most visits never do:
 * the first page's script stays smaller by it. What the reader types meanwhile is kept, and the panel takes
 * the box over with that text and with focus, where the reader left them.
 */
import { type ChangeEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { lazyCode, useLazyCode } from '../../shared/lazy-code.ts';
import type * as Panel from './search-panel.tsx';
import type { SearchPanelProps } from './search-panel.tsx';
import { useSearchShortcut } from './use-search-shortcut.ts';
import { searchInputAttributes } from './search-input-attributes.ts';
import './search-panel.css';
import { useT } from '../../shared/i18n.tsx';

const panelCode = lazyCode<typeof Panel>(() => import('./search-panel.tsx'));
// Fetched with the panel rather than after it: the panel asks for the engine as soon as it takes over.
const loadEngine = () => import('../../../search/search-engine.ts');

/** Fetches the panel's code, so the box is the whole panel from its first render (tests that render it at once). */
export async function preloadSearchPanel(): Promise<void> {
  await panelCode.preload();
}

/** The search box, then, once the reader heads for it and its code has come, the search panel in its place. */
export function SearchBox({ barRef, ...props }: SearchPanelProps) {
  const [wanted, setWanted] = useState(false);
  const t = useT();
  // A search in the address (a library result's link) is shown at once.
  const { code, error } = useLazyCode(panelCode, wanted || props.fromAddress != null);
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const countId = useId();
  useSearchShortcut(props.shortcut === false || code !== null ? NO_INPUT : input);

  if (code !== null) {
    // Handed over only when the reader was in the box: a panel drawn at once (its code came earlier) starts afresh.
    return <code.SearchPanel {...props} barRef={barRef} takeOver={wanted ? { query, focused } : undefined} />;
  }

  const headFor = (): void => {
    if (wanted) return;
    setWanted(true);
    void loadEngine().catch(() => undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };
  return (
    <div className="search-panel" role="search" ref={barRef} onFocus={headFor} onPointerEnter={headFor}>
      <div className="search-bar">
        <input
          ref={input}
          {...searchInputAttributes(t)}
          aria-describedby={countId}
          value={query}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            headFor();
            setQuery(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          // After a failed fetch, heading for the box again tries again.
          onBlur={() => {
            setFocused(false);
            if (error !== null) setWanted(false);
          }}
        />
        <span className="search-count" id={countId} role="status" data-count={0} data-active={0} />
      </div>
      {error === null ? null : (
        <p className="search-error" role="alert">
          {t('Search failed: the search code did not load ({error}). Try again, or reload the page.', { error })}
        </p>
      )}
    </div>
  );
}

const NO_INPUT = { current: null };
