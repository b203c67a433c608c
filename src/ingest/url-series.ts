/**
 * The series a vegeta request belongs to: its method and URL path, with the scheme, host, query string and fragment
 * dropped (a baseline and a candidate on different hosts or ports are the same workload), and every path segment
 * that is an identifier folded into `:id`, so `/orders/42` and `/orders/43` are one series rather than thousands.
 * An identifier segment is all digits, or a UUID (8-4-4-4-12 hex digits, any case).
 * @example seriesPath('http://127.0.0.1:8080/orders/42?x=1') // '/orders/:id'
 */
const NUMERIC = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function seriesPath(url: string): string {
  let rest = url;
  const scheme = rest.indexOf('://');
  if (scheme > 0 && scheme < 16) {
    const slash = rest.indexOf('/', scheme + 3);
    rest = slash < 0 ? '/' : rest.slice(slash);
  }
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (!rest.startsWith('/')) rest = `/${rest}`;
  return rest
    .split('/')
    .map((segment) => (NUMERIC.test(segment) || UUID.test(segment) ? ':id' : segment))
    .join('/');
}
