import { REDACTED } from './redact';

/**
 * The EspoCRM address as AutoCible prints and files it (run titles, state-file keys, the webhooks file): without
 * the user name, password, query or fragment an `ESPO_URL` may carry. A plain address is kept exactly as typed, so
 * the keys of state files written before do not change.
 */
export function displayUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  if (parsed.username === '' && parsed.password === '' && parsed.search === '' && parsed.hash === '' && !url.includes('@')) return url;
  // Without the trailing slash, as the configuration keeps an address typed plain: the same site, the same key.
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/u, '');
}
