/**
 * `talkline dev`: a saved talk file shows in the open page in place. The dev server says which file was
 * saved and whether it still reads (`build/talk-library-plugin.ts`); the page then reads the file again
 * and hands the new talk to the viewer, which keeps its player (the video where it is) and the reader's
 * scroll. A save that does not read leaves the last good talk shown, with the problems beside it, until
 * the next good save. In a built site `import.meta.hot` is undefined and all of this is left out.
 */
import { useEffect, useState } from 'react';
import { TALK_CHANGED_EVENT, type TalkChanged } from '../../library/talk-changed.ts';
import type { Diagnostic } from '../../transcript/types.ts';
import { type TalkEntry, type TalkLoad, loadTalk } from './talk-source.ts';

/** Listens for saves of `entry`'s file; returns the problems of a save that did not read, or null. */
export function useTalkFileUpdates(entry: TalkEntry, onLoad: (load: TalkLoad) => void): Diagnostic[] | null {
  const [problems, setProblems] = useState<Diagnostic[] | null>(null);
  useEffect(() => {
    const hot = import.meta.hot;
    // (A test runner's stand-in for the dev server may have no `off`: nothing is sent there.)
    if (hot === undefined || typeof hot.off !== 'function') return;
    let latest = 0;
    const listener = (data: TalkChanged): void => {
      if (data.fileName !== entry.fileName) return;
      // Saves in quick succession: only the last one's reading is shown, whichever answers last.
      const asked = ++latest;
      if (!data.ok) {
        setProblems(data.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'));
        return;
      }
      void loadTalk(entry, (url) => fetch(url, { cache: 'no-store' })).then((load) => {
        if (asked !== latest) return;
        if (load.ok) {
          setProblems(null);
          onLoad(load);
        } else {
          setProblems(load.diagnostics);
        }
      });
    };
    hot.on(TALK_CHANGED_EVENT, listener);
    return () => hot.off(TALK_CHANGED_EVENT, listener);
  }, [entry, onLoad]);
  return problems;
}
