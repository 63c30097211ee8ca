/**
 * Saves text as a file through the browser's own download (a Blob URL and
 * `<a download>`): no permission, no network, works in every extension page.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference once started; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
