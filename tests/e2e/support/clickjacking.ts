/*
 * What a hostile marketplace page does to the in-page sidebar to make the user
 * click "Track" without knowing (issue 8 #5). Each runs inside the page
 * (passed to `page.evaluate` by the Chromium and the Firefox specs alike).
 */

/**
 * Fades everything in <body>, the sidebar included, to 1 % opacity, and shows
 * bait under it as a child of <html> (outside the faded body, painted below it): the user sees
 * only the bait, and a click on it lands in the sidebar.
 */
export function fadeSidebarOverBait(): void {
  const bait = document.createElement('div');
  bait.id = 'bait';
  bait.textContent = 'Click anywhere on the right to claim your coupon';
  bait.style.cssText = 'position:fixed;inset:0;z-index:-1;background:#ff0;font:32px sans-serif;display:flex;align-items:center;justify-content:flex-end';
  document.documentElement.append(bait);
  document.body.style.setProperty('opacity', '0.01', 'important');
}

/** Lays a nearly opaque cover over the whole viewport that lets every click through to the sidebar below it. */
export function coverSidebarClickThrough(): void {
  const cover = document.createElement('div');
  cover.id = 'cover';
  cover.textContent = 'Click here to win a prize';
  cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,255,.9);color:#fff;font:32px sans-serif;pointer-events:none';
  document.body.append(cover);
}

