/**
 * Caption files are blocks separated by blank lines. A line of spaces counts as blank: editors and
 * exporters leave trailing spaces on separator lines, and reading them as text would glue cues together.
 */

export interface SourceLine {
  text: string;
  /** 1-based line number. */
  line: number;
}

export type Block = SourceLine[];

/**
 * Splits `lines` (from index `from`) into blocks of consecutive non-blank lines, one at a time: a reader
 * keeps what it takes from each block, never every block of a long file at once.
 */
export function* splitBlocks(lines: readonly string[], from = 0): Generator<Block> {
  let block: Block = [];
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '') {
      if (block.length > 0) yield block;
      block = [];
    } else {
      block.push({ text, line: i + 1 });
    }
  }
  if (block.length > 0) yield block;
}
