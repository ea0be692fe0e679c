/**
 * The `talkline` command line: `npm run talkline -- <command> ...`.
 */
import { parseArgs } from 'node:util';
import { ALIGN_OUTPUTS, runAlign } from './align.ts';
import { runCheck } from './check.ts';
import { EXPORT_FORMATS, runConvert } from './convert.ts';

const USAGE = `Usage: npm run talkline -- <command>

Commands:
  check FILE...                          summary and line-numbered diagnostics; exit 1 on any error
  convert FILE --to FORMAT [-o OUT]      FORMAT: ${EXPORT_FORMATS.join(', ')}; standard output unless -o
  align TALK CAPTIONS [--to FORMAT] [-o OUT]
                                         check TALK against the recording's captions; FORMAT: ${ALIGN_OUTPUTS.join(', ')}
  help                                   this text
`;

export function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  try {
    switch (command) {
      case 'check': {
        const { positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: {} });
        if (positionals.length === 0) return usage('check needs at least one FILE');
        return runCheck(positionals, out);
      }
      case 'convert': {
        const { positionals, values } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { to: { type: 'string' }, out: { type: 'string', short: 'o' } },
        });
        if (positionals.length !== 1 || !values.to) return usage('convert needs one FILE and --to FORMAT');
        return runConvert({ file: positionals[0]!, to: values.to, out: values.out }, (t) => process.stdout.write(t), err);
      }
      case 'align': {
        const { positionals, values } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            to: { type: 'string', default: 'report' },
            out: { type: 'string', short: 'o' },
            fix: { type: 'boolean' },
            restore: { type: 'boolean' },
            retime: { type: 'boolean' },
            'min-drift': { type: 'string' },
          },
        });
        if (positionals.length !== 2) return usage('align needs TALK and CAPTIONS');
        const [talk, captions] = positionals as [string, string];
        return runAlign(
          {
            talk,
            captions,
            to: values.to,
            out: values.out,
            fix: values.fix,
            restore: values.restore,
            retime: values.retime,
            minDrift: values['min-drift'],
          },
          (t) => process.stdout.write(t),
          err,
        );
      }
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return 0;
      default:
        return usage(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (e) {
    // parseArgs reports unknown flags by throwing; say it plainly instead of a stack trace.
    return usage((e as Error).message);
  }

  function usage(problem: string): number {
    err(`talkline: ${problem}\n`);
    process.stderr.write(USAGE);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
