/** Saves text as a file through the browser's download (in Electron, the shell turns it into a save dialog). */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a minute is ample to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
