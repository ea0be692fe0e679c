/**
 * A search carried in a talk's address, `?q=`: the library's results link to a talk with their query, so
 * the talk opens with the same words marked and Enter goes on from the moment the result named. Read with
 * the rest of the address on arrival (`use-arrival.ts`); the search panel, whose code then comes at once,
 * starts with it.
 */
import { parseDeepLink } from '../../../transcript/time/deep-link.ts';

/** The search an address asks for: its query, and whether it names a moment (`?t=`, `#t=`) as well. */
export interface AddressSearch {
  query: string;
  atMoment: boolean;
}

/** The search in `location`'s query (`?q=`), or null when there is none (or it is blank). */
export function readAddressSearch(location: { search: string; hash: string }): AddressSearch | null {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (query === '') return null;
  return { query, atMoment: parseDeepLink(location.search, location.hash) !== null };
}
