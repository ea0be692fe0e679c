/**
 * The search's options: whose words to search, and the results list's order (in talk order, as Enter
 * walks them, or best match first).
 */
import type { Message } from '../../../i18n/translate.ts';
import type { SearchOrder } from '../../../search/types.ts';
import { useT } from '../../shared/i18n.tsx';

export interface SearchOptionsProps {
  /** The talk's speakers; the filter is offered when there is more than one. */
  speakers: readonly string[];
  speaker: string | null;
  setSpeaker: (speaker: string | null) => void;
  order: SearchOrder;
  setOrder: (order: SearchOrder) => void;
}

const ORDERS: ReadonlyArray<[SearchOrder, Message, Message]> = [
  ['time', 'In order', 'List the results in talk order, as Enter goes through them'],
  ['relevance', 'Best match', 'List the best matches first; Enter still goes through the talk in order'],
];

export function SearchOptions({ speakers, speaker, setSpeaker, order, setOrder }: SearchOptionsProps) {
  const t = useT();
  return (
    <div className="search-options">
      {speakers.length > 1 ? (
        <label>
          {t('Speaker')}{' '}
          <select value={speaker ?? ''} onChange={(event) => setSpeaker(event.target.value === '' ? null : event.target.value)}>
            <option value="">{t('Everyone')}</option>
            {speakers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="search-order" role="group" aria-label={t('Order of the results')}>
        {ORDERS.map(([value, label, title]) => (
          <button key={value} type="button" aria-pressed={order === value} title={t(title)} onClick={() => setOrder(value)}>
            {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}
