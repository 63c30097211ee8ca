/*
 * Where each row of a virtual list sits when rows differ in height: a row's
 * height is known once it has been on screen (measured), an estimate until
 * then. Rows grow with the text they hold (long words, 200% zoom, a second
 * line of a long title), so no row may be given a fixed height.
 */

/** Top offsets of every row and, last, the list's total height (`tops.length === keys.length + 1`). */
export function rowTops(keys: readonly string[], measured: ReadonlyMap<string, number>, estimate: number): Float64Array {
  const tops = new Float64Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) tops[i + 1] = tops[i]! + (measured.get(keys[i]!) ?? estimate);
  return tops;
}

/** Index of the row that holds the offset `y` (the first row whose bottom is below `y`), clamped to the rows there are. */
function rowAt(tops: Float64Array, y: number): number {
  const count = tops.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tops[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, Math.max(0, count - 1));
}

/** The rows to render for a viewport at `scrollTop`, `overscan` more on each side: `[first, end)`. */
export function rowsInView(tops: Float64Array, scrollTop: number, viewport: number, overscan: number): [number, number] {
  const count = tops.length - 1;
  if (count === 0) return [0, 0];
  const first = Math.max(0, rowAt(tops, scrollTop) - overscan);
  const end = Math.min(count, rowAt(tops, scrollTop + viewport) + 1 + overscan);
  return [first, end];
}
