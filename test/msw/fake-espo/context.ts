import type { FakeStore } from './store';
import type { FakeUser } from './types';

/** What a route handler gets. */
export interface FakeContext {
  readonly store: FakeStore;
  readonly user: FakeUser;
  readonly request: Request;
  readonly url: URL;
  /** Path params of the matched route. */
  readonly params: Readonly<Record<string, string>>;
  /** The PHP-style parsed query (`where[0][type]` → nested). */
  readonly query: Readonly<Record<string, unknown>>;
  /** Parsed JSON body (null when empty). */
  readonly body: unknown;
}

export function bodyObject(ctx: FakeContext): Readonly<Record<string, unknown>> {
  const body = ctx.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Readonly<Record<string, unknown>>) : {};
}

export function queryString(ctx: FakeContext, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}
