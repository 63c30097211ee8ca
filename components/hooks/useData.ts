import { useLayoutEffect, useState } from 'preact/hooks';
import type { QueryArgs, QueryName, QueryResult } from '../../lib/data/queries';
import { useApp } from '../AppContext';

/**
 * A live view of one named query: re-renders whenever the data behind it
 * changes, in this page or any other extension page. `undefined` until the
 * first result arrives.
 */
export function useData<N extends QueryName>(name: N, args: QueryArgs<N>): QueryResult<N> | undefined {
  const { data } = useApp();
  const [value, setValue] = useState<QueryResult<N> | undefined>(undefined);
  const key = JSON.stringify(args);
  // A layout effect: the query starts as soon as the component is in the DOM, a frame before a plain effect would.
  useLayoutEffect(() => {
    setValue(undefined);
    return data.subscribe(name, args, (result) => setValue(() => result));
    // `key` stands for `args`: a new object with the same content must not resubscribe.
  }, [data, name, key]);
  return value;
}
