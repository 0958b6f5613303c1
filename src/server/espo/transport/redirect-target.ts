/**
 * Where a redirect points, as it may be shown: scheme, host, port and path of `Location` (resolved against the
 * request's address), never its credentials or query. AutoCible follows no redirect: axios's redirect library
 * drops only `Authorization` and `Cookie` on another host, so `X-Api-Key`, `X-Hmac-Authorization` and
 * `Espo-Authorization` would go to whatever host the redirect names (and a POST would turn into a GET).
 */
export function redirectTarget(location: string | null, base: string): string | null {
  if (location === null || location === '') return null;
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

export const isRedirect = (status: number): boolean => status >= 300 && status < 400;
