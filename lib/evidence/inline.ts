/**
 * The file types a stored evidence file may be shown as in a browser tab.
 * A blob: URL made in an extension page belongs to the extension's origin:
 * an HTML, SVG or XML file opened from there would run in it (CSP stops its
 * scripts, not its forms or links). Everything else is saved as a download.
 */
const SHOWN_INLINE = /^(image\/(png|jpeg|gif|webp|avif|bmp)|video\/(mp4|webm|ogg|quicktime)|audio\/(mpeg|ogg|wav|webm)|application\/pdf)$/;

export function opensInline(mimeType: string): boolean {
  return SHOWN_INLINE.test(mimeType.trim().toLowerCase());
}

/** The Blob to make a URL of: as stored when it may be shown, else typed so the browser can only save it. */
export function blobForUrl(blob: Blob, mimeType: string): Blob {
  return opensInline(mimeType) ? blob : new Blob([blob], { type: 'application/octet-stream' });
}
