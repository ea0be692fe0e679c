/**
 * Stands in for the `debug` package in the page's bundle (see `vite.config.ts`): youtube-player logs
 * its events through it, which nobody reads on a published page, and the real package with its `ms`
 * helper is about 2 KB of the first page's gzipped script. Every logger here does nothing.
 */
type Logger = ((...args: unknown[]) => void) & { enabled: boolean; extend: (namespace: string) => Logger };

function createLogger(): Logger {
  const log = (() => undefined) as Logger;
  log.enabled = false;
  log.extend = createLogger;
  return log;
}

export default createLogger;
