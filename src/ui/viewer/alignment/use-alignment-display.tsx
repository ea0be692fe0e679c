/**
 * What the viewer draws of an alignment: the bar above the transcript and, per turn, the inserts (skipped
 * passages, speaker checks). The inserts are built once per alignment and per show/hide, so a playback
 * tick hands every turn the same array as before and the memoised turns stay as they are.
 */
import { type ReactNode, useMemo, useState } from 'react';
import { timeHref } from '../../../transcript/time/deep-link.ts';
import { AlignmentBar } from './alignment-bar.tsx';
import { SkippedPassageView } from './skipped-passage.tsx';
import { SpeakerCheckMarker } from './speaker-check-marker.tsx';
import type { TurnInsert } from './turn-inserts.tsx';
import type { AlignmentState } from './use-alignment.ts';
import './alignment.css';

export interface AlignmentDisplayOptions {
  state: AlignmentState | null;
  /** `location.search` when the page opened, for `?t=` links that keep other parameters. */
  search: string;
  /** Seeks to a moment and plays. */
  onSeekTime: (seconds: number) => void;
}

export interface AlignmentDisplay {
  /** The bar above the transcript, or null without captions. */
  bar: ReactNode;
  /** Per turn index, what to draw inside it. */
  inserts: ReadonlyMap<number, readonly TurnInsert[]>;
}

const NONE: ReadonlyMap<number, readonly TurnInsert[]> = new Map();

export function useAlignmentDisplay({ state, search, onSeekTime }: AlignmentDisplayOptions): AlignmentDisplay {
  const [showSkipped, setShowSkipped] = useState(true);
  const view = state?.status === 'aligned' ? state.view : null;

  const inserts = useMemo(() => {
    if (view === null) return NONE;
    const out = new Map<number, TurnInsert[]>();
    const add = (turn: number, insert: TurnInsert): void => {
      const list = out.get(turn) ?? [];
      list.push(insert);
      out.set(turn, list);
    };
    for (const [turn, checks] of view.speakerChecks) {
      checks.forEach(({ issue, paragraph, offset }, k) => add(turn, { paragraph, offset, key: `speaker-${k}`, node: <SpeakerCheckMarker issue={issue} /> }));
    }
    if (showSkipped) {
      for (const [turn, passages] of view.skipped) {
        passages.forEach(({ passage, paragraph, offset }, k) =>
          add(turn, {
            paragraph,
            offset,
            key: `skipped-${k}`,
            node: <SkippedPassageView passage={passage} href={timeHref(search, Math.floor(passage.start))} onSeek={onSeekTime} />,
          }),
        );
      }
    }
    return out;
  }, [view, showSkipped, search, onSeekTime]);

  const bar = state === null ? null : <AlignmentBar state={state} showSkipped={showSkipped} onShowSkippedChange={setShowSkipped} />;
  return { bar, inserts };
}
