/**
 * Jekyll-style front matter: a `---` line, flat `key: value` lines, a closing `---` (or `...`).
 * Only flat scalars are read (what talk files use: title, date, youtube, media); nested YAML is kept as raw
 * text and reported, rather than pulling a full YAML parser into the page.
 */
import type { Diagnostic } from '../../types.ts';

export interface FrontMatter {
  values: Record<string, string>;
  /** 1-based line of each key. */
  keyLines: Record<string, number>;
  /** Index (0-based) of the first body line after the front matter. */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}

/** Reads front matter at the top of `lines`; when there is none, `bodyStart` is 0. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const diagnostics: Diagnostic[] = [];
  if (lines[0]?.trim() !== '---') return { values: {}, keyLines: {}, bodyStart: 0, diagnostics };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) {
    diagnostics.push({
      severity: 'warning',
      line: 1,
      message: 'front matter opened with "---" is never closed; the whole file is read as the talk body',
    });
    return { values: {}, keyLines: {}, bodyStart: 0, diagnostics };
  }
  const values: Record<string, string> = {};
  const keyLines: Record<string, number> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    // The value is trimmed by unquote: `\s*(.*)$` would backtrack quadratically on a long run of spaces.
    const m = /^([A-Za-z_][\w-]*)\s*:([\s\S]*)$/.exec(line);
    if (!m) {
      diagnostics.push({
        severity: 'warning',
        line: i + 1,
        message: `front matter line is not "key: value" and is ignored: ${line.trim().slice(0, 60)}`,
      });
      continue;
    }
    const key = m[1]!.toLowerCase();
    values[key] = unquote(m[2] ?? '');
    keyLines[key] = i + 1;
  }
  return { values, keyLines, bodyStart: end + 1, diagnostics };
}
