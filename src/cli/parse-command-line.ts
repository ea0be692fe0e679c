/**
 * Options of one command, read with Node's parseArgs in its lenient mode so that every mistake can be named in
 * our own words (`unknown option --frobnicate for convert`) instead of Node's parser text.
 */
import { DEFAULT_MIN_DRIFT } from '../align/findings.ts';
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For a boolean: the values it may also be given with `=` (`--restore=all`); the value is then the option's. */
  values?: readonly string[];
}

export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/** A mistake in how the command was called: the message is shown with the command's usage, exit 2. */
export class UsageError extends Error {}

export function parseCommandLine(command: string, args: readonly string[], options: Record<string, OptionSpec>): ParsedCommandLine {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } satisfies Record<string, OptionSpec>;
  const { tokens } = parseArgs({ args: [...args], options: withHelp, strict: false, allowPositionals: true, tokens: true });
  const values: ParsedCommandLine['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = (withHelp as Record<string, OptionSpec>)[token.name];
    if (spec === undefined) throw new UsageError(`unknown option ${token.rawName} for ${command}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined && !(token.inlineValue && spec.values?.includes(token.value))) {
        const allowed = spec.values === undefined ? 'no value' : `no value or ${spec.values.map((v) => `=${v}`).join(', ')}`;
        throw new UsageError(`${token.rawName} takes ${allowed} (got "${token.value}")`);
      }
      values[token.name] = token.value ?? values[token.name] ?? true;
      continue;
    }
    // Lenient parsing takes the next word as the value even when it is another option (`--to --all`); a
    // value that starts with a dash must be written `--to=-x`. A lone `-` is a value: standard output.
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
      throw new UsageError(`${token.rawName} needs a value (got the option "${token.value}")`);
    }
    if (values[token.name] !== undefined) throw new UsageError(`${token.rawName} is given twice`);
    values[token.name] = token.value;
  }
  return { values, positionals, help: values.help === true };
}

/** `--min-drift 2.5`: a finite number of seconds, zero or more. */
export function parseSeconds(option: string, value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`${option} must be a number of seconds, like ${DEFAULT_MIN_DRIFT} (got "${value}")`);
  }
  return seconds;
}

/** `--limit 10`: a whole number, 1 or more. */
export function parseCount(option: string, value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new UsageError(`${option} must be a whole number, 1 or more (got "${value}")`);
  return Number(value);
}

/** `--since 2024-01-31`: a day, as YYYY-MM-DD. */
export function parseDate(option: string, value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} must be a day written YYYY-MM-DD, like 2024-01-31 (got "${value}")`);
  }
  return value;
}
