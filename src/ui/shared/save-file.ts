/**
 * Hands `content` to the browser as a download named `fileName`; nothing leaves the page. Text is saved
 * as UTF-8; bytes as they are, labelled with `charset`.
 */
export function saveFile(content: string | Uint8Array, fileName: string, mime: string, charset = 'utf-8'): void {
  const url = URL.createObjectURL(new Blob([typeof content === 'string' ? content : content.slice()], { type: `${mime};charset=${charset}` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a browser still asking where to save would otherwise find nothing.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
