/** Bounds the number of requests in flight (`maxConcurrency`). Waiting callers keep FIFO order. */
export interface Limiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly pending: number;
}

interface Waiter {
  readonly start: () => void;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxConcurrency must be a positive integer, got ${max}`);
  let active = 0;
  const queue: Waiter[] = [];

  const release = (): void => {
    active -= 1;
    queue.shift()?.start();
  };

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (active < max) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          active += 1;
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
    });
  };

  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
  };
}
