/**
 * Web Worker entry: reads and parses a file the reader opened, so the page stays responsive while a
 * large transcript is read (see `read-file-job.ts`). One worker per file; the page ends it to cancel.
 */
import { type ReadFileMessage, type ReadFileRequest, runReadFile, transferMessages } from './read-file-job.ts';

const scope = self as unknown as {
  postMessage: (message: ReadFileMessage) => void;
  onmessage: ((event: MessageEvent<ReadFileRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const post = (message: ReadFileMessage): void => scope.postMessage(message);
  void runReadFile(event.data, post).then((read) => {
    for (const message of transferMessages(read)) post(message);
  });
};
