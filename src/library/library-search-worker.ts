/**
 * Web Worker entry for the home page's search across talks: fetching, reading and indexing hundreds of
 * talk files, and searching them, all happen here so typing never waits. Speaks the messages of
 * `src/library/library-search-handler.ts`.
 */
import { createLibrarySearchHandler, type LibrarySearchRequest, type LibrarySearchResponse } from './library-search-handler.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import { fetchTalkText } from './fetch-talk-text.ts';

const scope = self as unknown as {
  postMessage: (message: LibrarySearchResponse) => void;
  onmessage: ((event: MessageEvent<LibrarySearchRequest>) => void) | null;
};

const handle = createLibrarySearchHandler({
  post: (response) => scope.postMessage(response),
  fetchText: fetchTalkText,
  read: (text, fileName) => readTalk(text, fileName).talk,
  // A zero timeout lets queued messages (newer keystrokes) in before the next step.
  yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

scope.onmessage = (event) => handle(event.data);
