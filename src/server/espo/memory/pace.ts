/**
 * Offline runs are promise microtasks only, with no real I/O: without a macrotask turn now and then the event loop
 * never runs a SIGINT handler (Ctrl-C), a timer or an abort scheduled with `setTimeout`, and the run goes on to the
 * end. The memory gateway asks `due()` on every call and, when it answers a promise, waits for it.
 */

// Taken when the module loads, so that a test's fake timers cannot hold a run back.
const nextTurn = globalThis.setImmediate;
const clock = performance.now.bind(performance);

export class EventLoopPacer {
  #calls = 0;
  #since = clock();

  /** Yields after `everyCalls` calls or `everyMs` milliseconds, whichever comes first. */
  constructor(private readonly everyCalls = 256, private readonly everyMs = 20) {}

  /** A macrotask turn to wait for when one is due; undefined otherwise (the call goes on in the same microtask). */
  due(): Promise<void> | undefined {
    this.#calls += 1;
    if (this.#calls < this.everyCalls && clock() - this.#since < this.everyMs) return undefined;
    this.#calls = 0;
    return new Promise<void>((resolve) => {
      nextTurn(() => {
        this.#since = clock();
        resolve();
      });
    });
  }
}
