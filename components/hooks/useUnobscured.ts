import { useCallback, useEffect, useRef } from 'preact/hooks';

interface VisibilityEntry extends IntersectionObserverEntry {
  /** IntersectionObserver v2 (Chromium): false while anything covers, fades, filters or transforms the target. */
  readonly isVisible?: boolean;
}

/**
 * In the in-page sidebar, the page around the frame can cover it with bait or
 * make it nearly transparent and time the user's click (clickjacking). This
 * watches the element given to `ref` with IntersectionObserver v2 and answers
 * whether it is shown, uncovered and unfaded right now; writes ask before they
 * act. Top-level pages, and browsers without v2 (Firefox, where the background
 * serves only the frame our own script made), always answer true.
 */
export function useUnobscured(embedded: boolean): { ref: (element: Element | null) => void; unobscured: () => boolean } {
  const visible = useRef(!embedded);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const ref = useCallback(
    (element: Element | null) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (!embedded || !element) return;
      visible.current = false;
      try {
        observer.current = new IntersectionObserver(
          (entries) => {
            const entry = entries.at(-1) as VisibilityEntry | undefined;
            // No v2 in this browser: nothing to tell, nothing to refuse.
            if (entry) visible.current = entry.isVisible === undefined || entry.isVisible;
          },
          { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        observer.current.observe(element);
      } catch {
        visible.current = true;
      }
    },
    [embedded],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  return { ref, unobscured: () => visible.current };
}
