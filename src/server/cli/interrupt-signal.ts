/**
 * An abort signal that Ctrl-C (or a test's signal) triggers, for the commands that stop after the work under way
 * (`score`, `vmc`) instead of at once (`interrupt.ts`). One controller the command may also abort itself.
 */
import type { CliContext } from './context';
import { interruptsOf } from './interrupt';

export interface InterruptSignal {
  readonly signal: AbortSignal;
  /** Stops the run as Ctrl-C would (a failed `--out` file). */
  readonly abort: () => void;
  /** Stops listening. */
  readonly release: () => void;
}

/**
 * `outer`, when given (tests), replaces Ctrl-C. Not `AbortSignal.any`: on Node 20 its composite signal keeps every
 * listener the job adds to it for the whole run, which grew the real `score` command's peak on 1M rows from about
 * 140 MB to 220 MB (`npm run bench`).
 */
export function interruptSignal(ctx: CliContext, outer?: AbortSignal): InterruptSignal {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  if (outer !== undefined) {
    if (outer.aborted) abort();
    else outer.addEventListener('abort', abort, { once: true });
    return { signal: controller.signal, abort, release: () => outer.removeEventListener('abort', abort) };
  }
  return { signal: controller.signal, abort, release: interruptsOf(ctx).once(abort) };
}
