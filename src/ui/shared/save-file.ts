/** Hands `text` to the browser as a download named `fileName`; nothing leaves the page. */
export function saveFile(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
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
