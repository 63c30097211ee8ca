/**
 * The one style the guard puts into the page itself, and only once something
 * is flagged: how a flagged contact looks in place. The Custom Highlight API
 * paints text ranges without touching the page's DOM; where it is missing,
 * the element around the contact gets an outline (outlines take no space, so
 * layout does not move).
 */
export const HIGHLIGHT_NAME = 'buyerguard-flagged';
export const FLAG_ATTRIBUTE = 'data-buyerguard-flagged';

export const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAME}) {
  background-color: #fecaca;
  color: #7f1d1d;
  text-decoration: underline wavy #dc2626;
}
[${FLAG_ATTRIBUTE}] {
  outline: 2px solid #dc2626 !important;
  outline-offset: 2px !important;
}
`;

/**
 * Adds `css` to the page as a constructed sheet (no element in the DOM), or as
 * a <style> where constructed sheets are not available. Returns the undo.
 */
export function installPageStyle(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  try {
    if (view && Array.isArray(doc.adoptedStyleSheets) && typeof view.CSSStyleSheet?.prototype.replaceSync === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Some engines refuse sheets built in a content script's world: use a <style>.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
