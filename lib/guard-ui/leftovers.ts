/**
 * Marks the hosts of Buyerguard's in-page UI, so that a new copy of a content
 * script can find what an earlier copy left behind. When the add-on reloads or
 * updates, Firefox injects the content scripts again into open tabs and tears
 * the old copies down without running their orphan cleanup (./orphan.ts), so
 * their sidebar and banner would stay, dead, next to the new ones. The guard's
 * host has a random tag per page (./host.ts), hence a marker rather than a name.
 *
 * A page can forge the marker: that only gets its own element removed, once,
 * when our script starts and before it mounts anything; nothing removes by
 * marker afterwards, so a forged marker cannot hide the UI we put up.
 */
export const OWN_UI_ATTRIBUTE = 'data-buyerguard-ui';

/** Which script's UI a host belongs to: each script clears only its own kind. */
export type OwnUiKind = 'guard' | 'sidebar';

export function markOwnUi(host: Element, kind: OwnUiKind): void {
  host.setAttribute(OWN_UI_ATTRIBUTE, kind);
}

/** Removes the hosts of this kind an earlier copy of the script left; call only before mounting our own. */
export function removeLeftoverUi(doc: Document, kind: OwnUiKind): number {
  const leftovers = doc.querySelectorAll(`[${OWN_UI_ATTRIBUTE}="${kind}"]`);
  for (const element of leftovers) element.remove();
  return leftovers.length;
}
