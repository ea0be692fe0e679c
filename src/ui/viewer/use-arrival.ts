/**
 * What the address asked for when the reader arrived: a moment (`?t=`, `#t=`), a quote (`#t=START,END`),
 * the notes on the file (`?notes`), a search (`?q=`, a library result's link), and the query string the
 * page's own links keep. Read once: where the reader arrived, not where they are now (a `#t=` typed into
 * an open page is `useHashDeepLink`'s, a quote's `useAddressQuote`'s).
 *
 * The build renders a page at no address, and the render that takes its markup over must be the same:
 * such a page reads the address right after, and goes where it asks as a page rendered afresh opens
 * there. A page rendered afresh reads it at once.
 */
import { useEffect, useState } from 'react';
import { NO_ADDRESS } from '../../library/routes.ts';
import type { MediaPlayer } from '../../player/media/media-player.ts';
import { type PlayerAdapter, createPlayerAdapter } from '../../player/player-adapter.ts';
import { parseDeepLink } from '../../transcript/time/deep-link.ts';
import { parseTimeRange } from '../../transcript/time/media-fragment.ts';
import { useHydrated } from '../shared/use-hydrated.ts';

/**
 * A search carried in the address, `?q=`: the library's results link to a talk with their query, so the talk
 * opens with the same words marked and Enter goes on from the moment the result named (`atMoment`).
 */
export interface AddressSearch {
  query: string;
  atMoment: boolean;
}

export interface Arrival {
  /** `location.search`, for `?t=` links that keep the address's other parameters. */
  search: string;
  /** `location.hash`, where a quote (`#t=START,END`) is read from. */
  hash: string;
  /** The moment to open at (a quote opens at its start), or null. */
  startAt: number | null;
  /** `?notes` asks for the notes on the file (for its author); viewers see the talk alone. */
  showNotes: boolean;
  /** The search the address carries (`?q=`, not blank), which the search panel starts with; null when none. */
  query: AddressSearch | null;
  /** Read after the first render (the page took the build's markup over): its player was made at the start. */
  late: boolean;
}

/** An arrival, and whether the address was read for it (not while the build's markup is taken over). */
type ReadArrival = Arrival & { read: boolean };


/** What `location` asks for (nothing unless `read`), its moments kept within `duration`. */
export function readArrival(location: { search: string; hash: string }, duration: number, read: boolean, late = false): ReadArrival {
  const { search, hash } = read ? location : NO_ADDRESS;
  const params = new URLSearchParams(search);
  const moment = parseDeepLink(search, hash, duration);
  const query = params.get('q')?.trim() ?? '';
  return {
    search,
    hash,
    startAt: moment ?? parseTimeRange(hash)?.start ?? null,
    showNotes: params.has('notes'),
    query: query === '' ? null : { query, atMoment: moment !== null },
    read,
    late,
  };
}

/** The arrival for `location` (the page's address), its moments kept within the talk's `duration`. */
export function useArrival(location: { search: string; hash: string }, duration: number): Arrival {
  const hydrated = useHydrated();
  const [arrival, setArrival] = useState(() => readArrival(location, duration, hydrated));
  if (hydrated && !arrival.read) {
    const late = readArrival(location, duration, true, true);
    setArrival(late);
    return late;
  }
  return arrival;
}

/**
 * The viewer's player: `given` (tests), or one made at the arrival's moment (by `make`: the talk's own
 * media's, else YouTube's); taken there once the address is read late (before the player is ready that
 * only sets the time, which the transcript follows, and cues the video there). Disposed with the viewer.
 */
export function useArrivalPlayer(
  arrival: Arrival,
  given?: PlayerAdapter | MediaPlayer,
  make: (initialTime: number) => PlayerAdapter | MediaPlayer = (initialTime) => createPlayerAdapter({ initialTime }),
): PlayerAdapter | MediaPlayer {
  const [adapter] = useState(() => given ?? make(arrival.startAt ?? 0));
  useEffect(() => () => adapter.dispose(), [adapter]);
  useEffect(() => {
    if (arrival.late && arrival.startAt !== null) adapter.seekTo(arrival.startAt);
  }, [adapter, arrival]);
  return adapter;
}
