// Loaded with `node --import` by the interrupt tests: holds the command line at one step of writing its
// output (HOLD_STEP: `rename` of the finished temporary file, or `truncate` of a file rewritten in place)
// until the test lets it go, so that a signal lands at a known moment rather than a guessed one.
// In HOLD_DIR it writes `held` when it holds and `signalled` when a signal came; the test writes `release`.
import { existsSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';

const dir = process.env.HOLD_DIR!;
const step = process.env.HOLD_STEP;

async function hold(): Promise<void> {
  // First in line, so it has run before the command line's own handler acts on the signal.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.prependOnceListener(signal, () => writeFileSync(join(dir, 'signalled'), signal));
  }
  writeFileSync(join(dir, 'held'), '');
  while (!existsSync(join(dir, 'release'))) await new Promise((resolve) => setTimeout(resolve, 10));
}

if (step === 'rename') {
  const rename = fs.rename;
  fs.rename = async (...args: Parameters<typeof rename>) => {
    await hold();
    return rename(...args);
  };
  syncBuiltinESMExports();
} else if (step === 'truncate') {
  const handle = await fs.open(process.execPath, 'r');
  const proto = Object.getPrototypeOf(handle) as { truncate: (length?: number) => Promise<void> };
  await handle.close();
  const truncate = proto.truncate;
  proto.truncate = async function (this: unknown, length?: number) {
    await hold();
    return truncate.call(this, length);
  };
}
