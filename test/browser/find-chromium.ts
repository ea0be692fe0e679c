/**
 * Finds a Chromium to drive, installing Debian's package when we can (root with apt-get), as
 * `playwright install --with-deps` would; otherwise stops with the exact command to run.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The command that installs what the browser tests need on Debian and Ubuntu. */
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * Flags for headless runs in containers and CI; no background traffic, no sandbox (often root). Media may
 * start without a click: the tests press keys (not a gesture the autoplay rules count) to play a talk's
 * own recording, as a reader who has interacted with the page would.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium found: `CHROMIUM_PATH`, then the usual install places; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file. Fix it or unset it.`);
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

/** A Chromium path, installing one when possible; throws with the command to run otherwise. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found !== null) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isExecutable('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed !== null) return installed;
  }
  throw new Error(
    `The browser tests need Chromium and none was found. Install it with:\n\n  ${INSTALL_COMMAND}\n\nor point CHROMIUM_PATH at a Chrome or Chromium binary.`,
  );
}
