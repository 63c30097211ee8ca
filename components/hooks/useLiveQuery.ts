import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes to a Dexie live query: the component re-renders whenever the
 * data changes, in this page or any other extension page (side panel ↔ sidebar).
 * `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => setValue(() => result),
      error: () => setValue(undefined),
    });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs, as with useEffect.
  }, deps);
  return value;
}
