/**
 * Where the search panel sits in the viewer, and what it is given: a way to go to a hit, to mark
 * matches in the transcript, and to hand following back when the search is cleared. The page starts with
 * the box alone; the panel's code, and the search engine behind it, load when the reader heads for the
 * box (see `search/search-box.tsx` and `search/use-talk-search.ts`).
 */
import { type RefObject, memo, useMemo, useRef, useState } from 'react';
import type { Player } from '../../../player/player.ts';
import type { TextRange } from '../../../search/types.ts';
import { findTurnAt } from '../../../transcript/find-turn-at.ts';
import type { Talk } from '../../../transcript/types.ts';
import type { AddressSearch } from '../use-arrival.ts';
import { SearchBox } from './search-box.tsx';
import type { TalkViewModel } from '../talk-view-model.ts';

/**
 * What the search panel gets to work with. Shaped after `SearchPanelProps`, so wiring it is
 * `<SearchPanel talk={c.talk} onGo={c.go} onMarksChange={c.setMarks} onClear={c.clear} />`.
 */
export interface SearchSlotContext {
  talk: Talk;
  /** Goes to a result: seeks the video to `time` without starting it, and following (back on) brings its turn into view. */
  go: (hit: { turnIndex: number; time: number }) => void;
  /** Where the video is (seconds): Enter goes on from there to the next result. */
  now: () => number;
  /** Marks to draw in the transcript: turn index -> ranges in that turn's `text`. */
  setMarks: (marks: Map<number, Array<[number, number]>>) => void;
  /** The search was cleared: marks go, following resumes. */
  clear: () => void;
  /** Escape ended the search: focus goes to the turn being spoken, where following takes the page. */
  dismiss: () => void;
  /** Seeks to a moment and plays; following resumes. */
  seekTo: (seconds: number) => void;
  /** Seeks to a turn's start and plays; following resumes. */
  seekToTurn: (turnIndex: number) => void;
  /** The bar pinned while a search is active, measured so that following keeps turns out from under it. */
  barRef: RefObject<HTMLDivElement | null>;
  /** A search started (true) or ended (false). */
  setActive: (active: boolean) => void;
  /** The search the page's address carried on arrival (`?q=`), which the panel starts with; null when none. */
  fromAddress: AddressSearch | null;
}

/** Search marks by turn index. */
export type TurnMarks = ReadonlyMap<number, readonly TextRange[]>;

const NO_MARKS: TurnMarks = new Map();

export interface SearchSlotDeps {
  model: TalkViewModel;
  adapter: Player;
  seekTo: (seconds: number) => void;
  seekToTurn: (turnIndex: number) => void;
  resumeFollowing: () => void;
  /** The search the address carried on arrival (see `use-arrival.ts`). */
  fromAddress: AddressSearch | null;
}

/** The context for the panel, and the marks it asked for. */
export function useSearchSlot({ model, adapter, seekTo, seekToTurn, resumeFollowing, fromAddress }: SearchSlotDeps): {
  context: SearchSlotContext;
  marks: TurnMarks;
  /** Whether a search is active (its bar is pinned). */
  active: boolean;
  barRef: RefObject<HTMLDivElement | null>;
} {
  const [marks, setMarks] = useState<TurnMarks>(NO_MARKS);
  const [active, setActive] = useState(false);
  const barRef = useRef<HTMLDivElement>(null);
  const context = useMemo<SearchSlotContext>(
    () => ({
      talk: model.talk,
      go: ({ turnIndex, time }) => {
        resumeFollowing();
        // The hit's time is its sentence's start; should it fall outside the turn (estimates
        // differ), the turn's own start keeps the reader on the hit.
        const inTurn = findTurnAt(model.talk.turns, time) === turnIndex;
        adapter.seekTo(inTurn ? time : (model.seekTimes[turnIndex] ?? time));
      },
      now: () => adapter.getTime(),
      setMarks: (next) => setMarks(next),
      clear: () => {
        setMarks(NO_MARKS);
        resumeFollowing();
      },
      dismiss: () => {
        // Without a turn being spoken the page stays where it is, and so does focus (in the box).
        document.querySelector<HTMLElement>('#transcript .turn[aria-current="true"]')?.focus({ preventScroll: true });
      },
      seekTo,
      seekToTurn,
      barRef,
      setActive,
      fromAddress,
    }),
    [model, adapter, seekTo, seekToTurn, resumeFollowing, fromAddress],
  );
  return { context, marks, active, barRef };
}

/**
 * Renders the panel. The slot lays out as if it were not there (`display: contents`): on wide screens the
 * panel is then one of the player column's parts, between the player and the chapters; on narrow ones its
 * pinned bar sticks within the whole transcript column rather than only within the slot. Memoised so that
 * it renders again only when the panel or its context changes, not on every turn of playback.
 *
 * @param overTranscript whether the results lie over the transcript (narrow screens), so that going to
 *   a result folds them away
 * @param layoutOnly set while the layout is not known (a server's markup and the render taking it
 *   over): the panel is drawn in both places, and CSS shows it in this layout only
 */
export const SearchSlot = memo(function SearchSlot({
  context,
  overTranscript,
  layoutOnly,
}: {
  context: SearchSlotContext;
  overTranscript: boolean;
  layoutOnly?: 'wide' | 'narrow' | undefined;
}) {
  return (
    <div className="search-slot" data-slot="search" data-layout-only={layoutOnly}>
      <SearchBox
        talk={context.talk}
        onGo={context.go}
        now={context.now}
        onMarksChange={context.setMarks}
        onClear={context.clear}
        onDismiss={context.dismiss}
        // One bar is measured: the narrow layout's while both are drawn (only it is ever pinned). The
        // other's going would otherwise empty the shared ref after the kept one had set it.
        barRef={layoutOnly === 'wide' ? undefined : context.barRef}
        onActiveChange={context.setActive}
        foldOnGo={overTranscript}
        fromAddress={context.fromAddress}
      />
    </div>
  );
});
