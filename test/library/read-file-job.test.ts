import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileOffThread, type ReadWorkerLike } from '../../src/library/read-file-client.ts';
import { type ReadFileMessage, runReadFile, sendOnRequest, transferMessages } from '../../src/library/read-file-job.ts';
import { recentFileId } from '../../src/library/recent-files.ts';

const srt = readFileSync(new URL('../fixtures/corpus/speakers.srt', import.meta.url), 'utf8');

/** A blob of `size` bytes whose content must never be touched: reading it fails the test. */
function unreadable(size: number): Blob {
  const fail = (): never => {
    throw new Error('the file was read');
  };
  return { size, type: '', stream: fail, arrayBuffer: fail, text: fail, slice: fail } as unknown as Blob;
}

describe('reading an opened file (the worker job)', () => {
  it('refuses a file by its size without reading a byte, in gigabytes when it is that large', async () => {
    const read = await runReadFile({ file: unreadable(3 * 1024 ** 3), fileName: 'huge.vtt', keepTextUpTo: 100 }, () => undefined);
    expect(read).toEqual({
      ok: false,
      diagnostics: [{ severity: 'error', line: 0, message: expect.stringMatching(/^the file is 3\.0 GB; transcripts over 64 MB are not opened/) }],
    });
  });

  it('reports progress, then parsing, and gives the talk with its id among remembered files', async () => {
    const messages: ReadFileMessage[] = [];
    const read = await runReadFile({ file: new Blob([srt]), fileName: 'speakers.srt', keepTextUpTo: 1_000_000 }, (m) => messages.push(m));
    expect(messages.map((m) => m.type)).toEqual(['progress', 'parsing']);
    expect(messages[0]).toEqual({ type: 'progress', loaded: srt.length, total: srt.length });
    if (!read.ok) throw new Error('the fixture reads');
    expect(read.talk.format).toBe('srt');
    expect(read.id).toBe(recentFileId('speakers.srt', srt));
    expect(read.text).toBe(srt);
  });

  it('sends no text back past what can be remembered: copying it would cost the page what the worker saved', async () => {
    const read = await runReadFile({ file: new Blob([srt]), fileName: 'speakers.srt', keepTextUpTo: 100 }, () => undefined);
    expect(read.ok && read.text).toBeNull();
    expect(read.ok && read.id).toBe(recentFileId('speakers.srt', srt));
  });
});

/** A worker stand-in that answers with `runReadFile`, only when `release` is called. */
function heldWorker() {
  let release = (): void => undefined;
  let next = (): void => undefined;
  const worker: ReadWorkerLike & { terminated: boolean; asked: number } = {
    terminated: false,
    asked: 0,
    onmessage: null,
    onerror: null,
    postMessage: (request) => {
      if ('type' in request) {
        worker.asked += 1;
        // As a worker's message would, the answer comes in a later task.
        queueMicrotask(() => next());
        return;
      }
      release = () => {
        void runReadFile(request, (data) => worker.onmessage?.({ data })).then((read) => {
          next = sendOnRequest(read, (data) => worker.onmessage?.({ data }), 50);
        });
      };
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  return { worker, release: () => release() };
}

describe('the page side of reading a file', () => {
  it('resolves null and stops the worker when aborted, even if the worker answers later', async () => {
    const { worker, release } = heldWorker();
    const controller = new AbortController();
    const pending = readFileOffThread(new File([srt], 'speakers.srt'), { keepTextUpTo: 1e6, signal: controller.signal, createWorker: () => worker });
    controller.abort();
    release();
    expect(await pending).toBeNull();
    expect(worker.terminated).toBe(true);
  });

  it('puts a talk sent in batches of turns back together, in order, asking for each batch after the one before', async () => {
    const { worker, release } = heldWorker();
    const pending = readFileOffThread(new File([srt], 'speakers.srt'), { keepTextUpTo: 1e6, createWorker: () => worker });
    release();
    const read = await pending;
    const direct = await runReadFile({ file: new Blob([srt]), fileName: 'speakers.srt', keepTextUpTo: 1e6 }, () => undefined);
    if (!direct.ok) throw new Error('the fixture reads');
    const batches = [...transferMessages(direct, 50)].filter((m) => m.type === 'turns').length;
    expect(batches).toBeGreaterThan(1);
    expect(read).toEqual(direct);
    // One request per batch: the first batch comes unasked, and the last request brings `done`.
    expect(worker.asked).toBe(batches);
  });

  it('sends one message at a time, the next only when asked', () => {
    const sent: ReadFileMessage[] = [];
    const direct = transferMessages({ ok: false, diagnostics: [] });
    expect([...direct]).toHaveLength(1);
    return runReadFile({ file: new Blob([srt]), fileName: 'speakers.srt', keepTextUpTo: 1e6 }, () => undefined).then((read) => {
      const next = sendOnRequest(read, (message) => sent.push(message), 50);
      expect(sent.map((m) => m.type)).toEqual(['turns']);
      next();
      expect(sent).toHaveLength(2);
      for (let i = 0; i < 100; i++) next();
      expect(sent.at(-1)?.type).toBe('done');
      expect(sent.filter((m) => m.type === 'done')).toHaveLength(1);
    });
  });

  it('reads in the page when the worker cannot start', async () => {
    const read = await readFileOffThread(new File([srt], 'speakers.srt'), {
      keepTextUpTo: 1e6,
      createWorker: () => {
        throw new Error('refused by policy');
      },
    });
    expect(read?.ok && read.talk.turns.length).toBeGreaterThan(0);
  });
});
