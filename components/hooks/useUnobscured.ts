import { useCallback, useEffect, useRef } from 'preact/hooks';

interface VisibilityEntry extends IntersectionObserverEntry {
  /** IntersectionObserver v2 (Chromium): false while anything covers, fades, filters or transforms the target. */
  readonly isVisible?: boolean;
}

/**
 * What the frame can tell about itself: 'visible' and 'covered' come from
 * IntersectionObserver v2 (Chromium); 'unknown' where the browser has no v2
 * (Firefox), and the page around the frame must be asked instead.
 */
export type FrameSight = 'visible' | 'covered' | 'unknown';

/**
 * In the in-page sidebar, the page around the frame can cover it with bait or
 * make it nearly transparent and time the user's click (clickjacking). This
 * watches the element given to `ref` and answers whether it is shown,
 * uncovered and unfaded right now, as far as the browser lets the frame know,
 * and counts how many times it has come into view (a hidden panel, or one
 * scrolled or moved out of the viewport, starts a new appearance). Top-level
 * pages always answer 'visible'.
 */
export function useUnobscured(embedded: boolean): { ref: (element: Element | null) => void; sight: () => FrameSight; appearances: () => number } {
  const sight = useRef<FrameSight>(embedded ? 'covered' : 'visible');
  const appearances = useRef(0);
  const showing = useRef(false);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const ref = useCallback(
    (element: Element | null) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (!embedded || !element) return;
      sight.current = 'covered';
      try {
        observer.current = new IntersectionObserver(
          (entries) => {
            const entry = entries.at(-1) as VisibilityEntry | undefined;
            if (!entry) return;
            if (entry.isIntersecting && !showing.current) appearances.current++;
            showing.current = entry.isIntersecting;
            sight.current = entry.isVisible === undefined ? 'unknown' : entry.isVisible ? 'visible' : 'covered';
          },
          { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        observer.current.observe(element);
      } catch {
        sight.current = 'unknown';
      }
    },
    [embedded],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  return { ref, sight: () => sight.current, appearances: () => appearances.current };
}
