/**
 * The `talkline` command line: `npx talkline <command> ...` (bin/talkline.js), or `npm run --silent talkline --`.
 * Exit status: 0 done, 1 a file has errors or could not be read or written, 2 the command was not understood.
 */
import { runAlign } from './align.ts';
import { runCheck } from './check.ts';
import { runConvert } from './convert.ts';
import { describeFsError } from './fs-error.ts';
import { parseCommandLine, parseCount, parseDate, parseSeconds, UsageError } from './parse-command-line.ts';
import { terminalLine } from './terminal-text.ts';
import { COMMANDS, type Command, isCommand, usage } from './usage.ts';

const OUT_OPTION = { type: 'string', short: 'o' } as const;

/** Set once the reader of our standard output has gone (`talkline … | head -1`): the rest is not written. */
let stdoutClosed = false;
/** Set when standard output could not be written (a full disk): the run fails, whatever the command said. */
let stdoutFailed = false;

const writeStdout = (output: string | Uint8Array) => {
  if (!stdoutClosed) process.stdout.write(output);
};
// Lines of messages and reports, which quote titles, speakers and file names: control characters are
// shown escaped (terminal-text.ts). Converted talks go out through writeStdout as they are.
const out = (line: string) => writeStdout(`${terminalLine(line)}\n`);
const err = (line: string) => process.stderr.write(`${terminalLine(line)}\n`);

/** `--lang`, else `TALKLINE_LANG`, else English: one of the languages the page speaks. */
async function parseLang(value: string | boolean | undefined): Promise<string> {
  const { siteLanguage } = await import('../../build/site-language.ts');
  try {
    return siteLanguage(typeof value === 'string' ? value : undefined);
  } catch (e) {
    throw new UsageError(`${typeof value === 'string' ? '--lang' : 'TALKLINE_LANG'}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return help();
  if (command === undefined) return fail('no command given');
  if (!isCommand(command)) return fail(command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}"`);
  try {
    return await run(command, rest);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, command);
    throw e;
  }
}

async function run(command: Command, args: readonly string[]): Promise<number> {
  switch (command) {
    case 'check': {
      const { positionals, values, help: wantsHelp } = parseCommandLine(command, args, { all: { type: 'boolean' } });
      if (wantsHelp) return help(command);
      if (positionals.length === 0) throw new UsageError('check needs at least one FILE');
      return runCheck(positionals, out, { all: values.all === true });
    }
    case 'convert': {
      const { positionals, values, help: wantsHelp } = parseCommandLine(command, args, { to: { type: 'string' }, out: OUT_OPTION });
      if (wantsHelp) return help(command);
      if (positionals.length !== 1 || typeof values.to !== 'string') throw new UsageError('convert needs one FILE and --to FORMAT');
      return runConvert({ file: positionals[0]!, to: values.to, out: values.out as string | undefined }, writeStdout, err);
    }
    case 'align': {
      const flag = { type: 'boolean' } as const;
      const parsed = parseCommandLine(command, args, {
        to: { type: 'string' },
        out: OUT_OPTION,
        fix: flag,
        restore: { type: 'boolean', values: ['all'] },
        retime: flag,
        'min-drift': { type: 'string' },
      });
      if (parsed.help) return help(command);
      if (parsed.positionals.length !== 2) throw new UsageError('align needs TALK and CAPTIONS');
      const [talk, captions] = parsed.positionals as [string, string];
      const { values } = parsed;
      const options = {
        talk,
        captions,
        to: typeof values.to === 'string' ? values.to : 'report',
        out: values.out as string | undefined,
        fix: values.fix === true,
        restore: values.restore === true ? ('content' as const) : values.restore === 'all' ? ('all' as const) : undefined,
        retime: values.retime === true,
        minDrift: parseSeconds('--min-drift', values['min-drift']),
      };
      return runAlign(options, writeStdout, err);
    }
    case 'dev': {
      const {
        positionals,
        values,
        help: wantsHelp,
      } = parseCommandLine(command, args, { port: { type: 'string' }, open: { type: 'boolean' }, lang: { type: 'string' } });
      if (wantsHelp) return help(command);
      if (positionals.length > 1) throw new UsageError('dev takes one PATH: a talk file or a folder of talks');
      const lang = await parseLang(values.lang);
      const { runDev } = await import('./dev.ts');
      return runDev({ path: positionals[0], port: parsePort(values.port), open: values.open === true, lang }, out, err);
    }
    case 'build': {
      const flag = { type: 'boolean' } as const;
      const {
        positionals,
        values,
        help: wantsHelp,
      } = parseCommandLine(command, args, {
        out: OUT_OPTION,
        base: { type: 'string' },
        'site-url': { type: 'string' },
        lang: { type: 'string' },
        force: flag,
        sourcemap: flag,
      });
      if (wantsHelp) return help(command);
      if (positionals.length > 1)
        throw new UsageError(`build takes one PATH, a talk file or a folder of talks (the site's folder is given with --out ${positionals[1]})`);
      const base = typeof values.base === 'string' ? values.base : undefined;
      const siteUrl = typeof values['site-url'] === 'string' ? values['site-url'] : undefined;
      const { readSiteUrl, siteBase } = await import('../../build/site-base.ts');
      try {
        siteBase(base);
        readSiteUrl(siteUrl);
      } catch (e) {
        throw new UsageError(
          `${base !== undefined && e instanceof Error && e.message.startsWith('the base') ? '--base' : '--site-url'}: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      const lang = await parseLang(values.lang);
      const { runBuild } = await import('./build-site.ts');
      const options = {
        lang,
        path: positionals[0],
        out: typeof values.out === 'string' ? values.out : 'dist',
        base,
        siteUrl,
        force: values.force === true,
        sourcemap: values.sourcemap === true,
      };
      return runBuild(options, out, err);
    }
    case 'import': {
      const {
        positionals,
        values,
        help: wantsHelp,
      } = parseCommandLine(command, args, {
        out: OUT_OPTION,
        limit: { type: 'string' },
        since: { type: 'string' },
        timeout: { type: 'string' },
        force: { type: 'boolean' },
      });
      if (wantsHelp) return help(command);
      if (positionals.length !== 1 || typeof values.out !== 'string')
        throw new UsageError('import needs one FEED (an https:// address or a file) and --out DIR');
      const { runImport, DEFAULT_TIMEOUT_SECONDS } = await import('./import.ts');
      const options = {
        feed: positionals[0]!,
        out: values.out,
        limit: parseCount('--limit', values.limit),
        since: parseDate('--since', values.since),
        timeoutSeconds: parseSeconds('--timeout', values.timeout) ?? DEFAULT_TIMEOUT_SECONDS,
        force: values.force === true,
      };
      if (options.timeoutSeconds === 0) throw new UsageError('--timeout must be more than 0 seconds');
      return runImport(options, out, err);
    }
    case 'help': {
      const [topic, ...extra] = args;
      if (topic === undefined) return help();
      if (!isCommand(topic) || extra.length > 0) return fail(`help takes one command: ${COMMANDS.filter((name) => name !== 'help').join(', ')}`);
      return help(topic);
    }
  }
}

/** `--port 5173`: a port number; Vite's own 5173 when none is given. */
function parsePort(value: string | boolean | undefined): number {
  if (typeof value !== 'string') return 5173;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number from 1 to 65535 (got "${value}")`);
  return port;
}

function help(command?: Command): number {
  writeStdout(usage(command));
  return 0;
}

function fail(problem: string, command?: Command): number {
  err(`talkline: ${problem}`);
  err('');
  process.stderr.write(usage(command));
  return 2;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  stdoutClosed = true;
  // EPIPE: the reader stopped reading, which `| head` does by design; a later write then finds the stream closed.
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
  // Anything else (`> /dev/full`, a disk that filled up): one line and exit 1, not a stack trace. The
  // error may come after main() has set the exit code, so it is set here too.
  if (!stdoutFailed) err(`talkline: cannot write to standard output: ${describeFsError(e)}`);
  stdoutFailed = true;
  process.exitCode = 1;
});

const status = await main(process.argv.slice(2));
process.exitCode = stdoutFailed ? Math.max(status, 1) : status;
