import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string;
  params: URLSearchParams;
}

function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/orders';
  const [path = '/orders', query = ''] = raw.split('?', 2);
  return { path, params: new URLSearchParams(query) };
}

/** Hash routes (`#/orders`, `#/order/<id>`, `#/settings`): they survive reloads and work in an iframe. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(path: string): void {
  location.hash = `#${path}`;
}
