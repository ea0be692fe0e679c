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

/** Splits `lines` (from index `from`) into blocks of consecutive non-blank lines. */
export function splitBlocks(lines: readonly string[], from = 0): Block[] {
  const blocks: Block[] = [];
  let block: Block = [];
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push({ text, line: i + 1 });
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}
