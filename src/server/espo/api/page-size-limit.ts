import type { EspoLogger } from '../types';
import { maxSizeLimitOf } from './max-size-refusal';
import { assertPageSize } from './params';

/** What a paged request carries: the page size asked for and the caller's signal. */
export interface PagedParams {
  readonly maxSize?: number;
  readonly signal?: AbortSignal;
}

/**
 * The installation's `recordListMaxSizeLimit`, learnt once per client. EspoCRM refuses a larger `maxSize` with a 403
 * (§4.3, pitfall §8.12) and an administrator may set the limit below the default 200 that AutoCible asks for.
 */
export interface PageSizeLimit {
  /** The `maxSize` the client sends for `asked`: `asked`, or the installation's smaller limit once learnt. */
  sentSize(asked: number): number;
  /**
   * Runs a paged GET with `maxSize` capped by `sentSize`. On a 403 "Max size should not exceed N." with N below
   * what was sent, remembers N and sends the same request once more with it; every other error is thrown as is.
   */
  send<P extends PagedParams, T>(params: P, run: (params: P) => Promise<T>): Promise<T>;
}

const ignore = (): void => undefined;

/** Resolves when `promise` settles or `signal` aborts, whichever comes first; never rejects. */
function settledOrAborted(promise: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      signal?.removeEventListener('abort', done);
      resolve();
    };
    signal?.addEventListener('abort', done, { once: true });
    promise.then(done, done);
  });
}

/**
 * A request whose `maxSize` is above both the largest size EspoCRM accepted and the learnt limit could be refused.
 * Such requests go one at a time until one answers, so that requests in flight together cost one 403, not one each.
 */
export function createPageSizeLimit(log: EspoLogger): PageSizeLimit {
  let learnt: number | null = null;
  let accepted = 0;
  let probe: Promise<unknown> | null = null;

  const sentSize = (asked: number): number => (learnt === null ? asked : Math.min(asked, learnt));
  const mayBeRefused = (size: number): boolean => size > accepted && (learnt === null || size > learnt);

  async function attempt<P extends PagedParams, T>(params: P, asked: number, run: (params: P) => Promise<T>): Promise<T> {
    const size = sentSize(asked);
    try {
      const result = await run({ ...params, maxSize: size });
      accepted = Math.max(accepted, size);
      return result;
    } catch (error) {
      const limit = maxSizeLimitOf(error, size);
      if (limit === null) throw error;
      // The limit only ever goes down, even when another request learnt a smaller one meanwhile.
      learnt = learnt === null ? limit : Math.min(learnt, limit);
      log.info('espo.maxSizeLimit', { recordListMaxSizeLimit: limit, refusedMaxSize: size });
      return run({ ...params, maxSize: sentSize(asked) });
    }
  }

  return {
    sentSize,
    async send(params, run) {
      if (params.maxSize === undefined) return run(params);
      // Checked before capping: a size the client never accepts stays refused once the limit is learnt.
      const asked = assertPageSize(params.maxSize);
      while (probe !== null && mayBeRefused(sentSize(asked)) && params.signal?.aborted !== true) {
        await settledOrAborted(probe, params.signal);
      }
      // An aborted request fails at once (`EspoAbortError`) without waiting its turn.
      if (!mayBeRefused(sentSize(asked)) || params.signal?.aborted === true) return attempt(params, asked, run);
      const result = attempt(params, asked, run);
      const settled = result.then(ignore, ignore);
      probe = settled;
      void settled.then(() => {
        if (probe === settled) probe = null;
      });
      return result;
    },
  };
}
