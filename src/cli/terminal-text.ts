/**
 * Text from a file, made safe to show on a terminal. A title, speaker or link holding control characters
 * would otherwise be run by the terminal: `ESC [ 2 J` clears the screen, `ESC ] 0 ;` sets the window title,
 * `ESC ] 52 ;` writes the clipboard, a carriage return overwrites the line before it. Every C0 control
 * (U+0000–U+001F), DEL and every C1 control (U+0080–U+009F) is shown as an escape instead: `\x1b`, `\x7f`,
 * `\u009b`. A tab is kept: it only moves the cursor right, and tab-separated text is worth keeping as it is.
 * Used where the command line prints: its messages and reports, never the converted talk written as output
 * (that is the file's own content, as `cat` would show it).
 */

const LINE_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
const TEXT_CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line for a terminal: control characters escaped, a line break among them (the line stays one line). */
export function terminalLine(text: string): string {
  return text.replace(LINE_CONTROLS, escaped);
}

/** Lines for a terminal (a report): control characters escaped, but line breaks kept. */
export function terminalText(text: string): string {
  return text.replace(TEXT_CONTROLS, escaped);
}
