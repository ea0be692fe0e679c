/**
 * Web Worker entry: aligns a talk with its captions off the main thread. Aligning the bundled talk takes a
 * few hundred milliseconds and a ten-hour talk seconds, far more than a frame, so the page stays
 * responsive while it runs. Started by `createAlignClient`; speaks the messages of `align-protocol.ts`.
 */
import { type AlignRequest, type AlignResponse, runAlignRequest } from './align-protocol.ts';

const scope = self as unknown as {
  postMessage: (message: AlignResponse) => void;
  onmessage: ((event: MessageEvent<AlignRequest>) => void) | null;
};

scope.onmessage = (event) => scope.postMessage(runAlignRequest(event.data));
