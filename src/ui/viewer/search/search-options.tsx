/** The search's options: whose words to search, and whether to list the results in talk order. */
import type { SearchOrder } from '../../../search/types.ts';

export interface SearchOptionsProps {
  /** The talk's speakers; the filter is offered when there is more than one. */
  speakers: readonly string[];
  speaker: string | null;
  setSpeaker: (speaker: string | null) => void;
  order: SearchOrder;
  setOrder: (order: SearchOrder) => void;
}

export function SearchOptions({ speakers, speaker, setSpeaker, order, setOrder }: SearchOptionsProps) {
  return (
    <div className="search-options">
      {speakers.length > 1 ? (
        <label>
          Speaker{' '}
          <select value={speaker ?? ''} onChange={(event) => setSpeaker(event.target.value === '' ? null : event.target.value)}>
            <option value="">Everyone</option>
            {speakers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        <input type="checkbox" checked={order === 'time'} onChange={(event) => setOrder(event.target.checked ? 'time' : 'relevance')} /> In talk order
      </label>
    </div>
  );
}
