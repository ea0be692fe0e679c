/**
 * Line numbers for JSON. `JSON.parse` gives values without positions, but diagnostics must say where;
 * this scanner finds the line where each object of the root's `segments` array opens, and the line of a
 * syntax error from the offset the engine reports.
 */

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The 1-based line a `JSON.parse` error points at, or 0 when the message carries no position. */
export function syntaxErrorLine(text: string, message: string): number {
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 0;
}

/** 1-based line of each object in the root object's `segments` array, in order. */
export function segmentLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let lastKey: string | null = null;
  let segmentsDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = text.slice(i + 1, j);
      // A string right after '{' or ',' in an object is a key; remember it for the value that follows.
      lastKey = stack[stack.length - 1] === '{' ? value : lastKey;
      for (let k = i + 1; k < j; k++) if (text[k] === '\n') line++;
      i = j;
    } else if (c === '{' || c === '[') {
      if (c === '{' && segmentsDepth >= 0 && stack.length === segmentsDepth + 1 && stack[segmentsDepth] === '[') lines.push(line);
      if (c === '[' && stack.length === 1 && lastKey === 'segments' && segmentsDepth < 0) segmentsDepth = stack.length;
      stack.push(c);
    } else if (c === '}' || c === ']') {
      stack.pop();
      if (c === ']' && stack.length === segmentsDepth) segmentsDepth = -2;
    }
  }
  return lines;
}
