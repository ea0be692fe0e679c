/**
 * Web Worker entry: builds the index of a large talk and answers queries off the main thread, so typing
 * never waits for a search. Started by `createSearchEngine`; speaks the messages of `worker-protocol.ts`.
 */
import { createSearchHandler, type SearchRequest, type SearchResponse } from './worker-protocol.ts';

const scope = self as unknown as {
  postMessage: (message: SearchResponse, transfer: ArrayBuffer[]) => void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const handle = createSearchHandler(
  // The hits' typed arrays are moved to the page, not copied.
  (response, transfer) => scope.postMessage(response, transfer),
  // A zero timeout lets messages already waiting arrive first, so a burst of keystrokes is answered about
  // once; any stale answer that still gets out is dropped by the main thread.
  (run) => setTimeout(run, 0),
);

scope.onmessage = (event) => handle(event.data);
