/**
 * The `talkline` command line: `npx talkline <command> ...` (bin/talkline.js), or `npm run --silent talkline --`.
 * Exit status: 0 done, 1 a file has errors or could not be read or written, 2 the command was not understood.
 */
import { runAlign } from './align.ts';
import { runCheck } from './check.ts';
import { runConvert } from './convert.ts';
import { describeFsError } from './fs-error.ts';
import { parseCommandLine, parseSeconds, UsageError } from './parse-command-line.ts';
import { terminalLine } from './terminal-text.ts';
import { type Command, isCommand, usage } from './usage.ts';

const OUT_OPTION = { type: 'string', short: 'o' } as const;

/** Set once the reader of our standard output has gone (`talkline … | head -1`): the rest is not written. */
let stdoutClosed = false;
/** Set when standard output could not be written (a full disk): the run fails, whatever the command said. */
let stdoutFailed = false;

const writeStdout = (text: string) => {
  if (!stdoutClosed) process.stdout.write(text);
};
// Lines of messages and reports, which quote titles, speakers and file names: control characters are
// shown escaped (terminal-text.ts). Converted talks go out through writeStdout as they are.
const out = (line: string) => writeStdout(`${terminalLine(line)}\n`);
const err = (line: string) => process.stderr.write(`${terminalLine(line)}\n`);

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
        restore: flag,
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
        restore: values.restore === true,
        retime: values.retime === true,
        minDrift: parseSeconds('--min-drift', values['min-drift']),
      };
      return runAlign(options, writeStdout, err);
    }
    case 'help': {
      const [topic, ...extra] = args;
      if (topic === undefined) return help();
      if (!isCommand(topic) || extra.length > 0) return fail('help takes one command: check, convert or align');
      return help(topic);
    }
  }
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
