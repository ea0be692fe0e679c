/**
 * Web Worker entry: reads and parses a file the reader opened, so the page stays responsive while a
 * large transcript is read (see `read-file-job.ts`). One worker per file; the page ends it to cancel.
 */
import { type ReadFileInbound, type ReadFileMessage, runReadFile, sendOnRequest } from './read-file-job.ts';

const scope = self as unknown as {
  postMessage: (message: ReadFileMessage) => void;
  onmessage: ((event: MessageEvent<ReadFileInbound>) => void) | null;
};

/** Sends the next batch of the read's turns; set once the file is read. */
let next: (() => void) | null = null;

scope.onmessage = ({ data }) => {
  if ('type' in data) {
    next?.();
    return;
  }
  const post = (message: ReadFileMessage): void => scope.postMessage(message);
  void runReadFile(data, post).then((read) => {
    next = sendOnRequest(read, post);
  });
};
