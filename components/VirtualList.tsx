import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowTops, rowsInView } from '../lib/app/row-layout';

interface Props<T> {
  items: readonly T[];
  /** A row's height before it has been measured; rows take the height their text needs. */
  estimatedRowHeight: number;
  label: string;
  keyOf: (item: T) => string;
  render: (item: T) => ComponentChildren;
}

const OVERSCAN = 6;

/**
 * Renders only the rows in view, so ten thousand orders cost what twenty do.
 * Rows are measured once shown and never get a fixed height: at 200% zoom or
 * with long Georgian words a card grows instead of being cut off.
 * Rows keep list semantics (aria-setsize/posinset) for screen readers.
 */
export function VirtualList<T>({ items, estimatedRowHeight, label, keyOf, render }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const measured = useRowHeights(list);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  const tops = useMemo(() => rowTops(keys, measured.heights, estimatedRowHeight), [keys, measured, estimatedRowHeight]);
  const [first, end] = rowsInView(tops, scrollTop, viewport, OVERSCAN);

  return (
    <div ref={scroller} class="virtual-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul ref={list} aria-label={label} style={{ height: `${tops[items.length]}px`, position: 'relative' }}>
        {items.slice(first, end).map((item, i) => (
          <li
            key={keys[first + i]}
            data-row-key={keys[first + i]}
            class="virtual-row"
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
            style={{ top: `${tops[first + i]}px` }}
          >
            {render(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Heights of the rendered rows (`data-row-key` → px), kept up to date by a
 * ResizeObserver; a new object whenever a height changes so layouts recompute.
 */
function useRowHeights(list: { current: HTMLUListElement | null }): { heights: ReadonlyMap<string, number> } {
  const [measured, setMeasured] = useState<{ heights: Map<string, number> }>(() => ({ heights: new Map() }));
  const observer = useRef<ResizeObserver | null>(null);
  const observed = useRef(new Set<Element>());

  // A layout effect, declared before the one below, so the first rows are watched on the first render.
  useLayoutEffect(() => {
    const resize = new ResizeObserver((entries) => {
      setMeasured((current) => {
        let heights = current.heights;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.rowKey;
          const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
          if (key === undefined || heights.get(key) === height) continue;
          if (heights === current.heights) heights = new Map(heights);
          heights.set(key, height);
        }
        return heights === current.heights ? current : { heights };
      });
    });
    observer.current = resize;
    return () => {
      resize.disconnect();
      observer.current = null;
      observed.current.clear();
    };
  }, []);

  // After every render: watch the rows now in the list, forget the ones scrolled away.
  useLayoutEffect(() => {
    const resize = observer.current;
    const rows = list.current?.children;
    if (!resize || !rows) return;
    for (const row of observed.current) {
      if (row.isConnected) continue;
      resize.unobserve(row);
      observed.current.delete(row);
    }
    for (const row of rows) {
      if (observed.current.has(row)) continue;
      resize.observe(row);
      observed.current.add(row);
    }
  });

  return measured;
}
