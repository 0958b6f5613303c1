import type { Timers } from '../../../src/server/serve';

/** Timers driven by the test: `advance(ms)` runs what falls due, in order. No real waiting, no timed assertion. */
export class ManualTimers implements Timers {
  private now = 0;
  private next = 1;
  private readonly tasks = new Map<number, { at: number; run: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next;
    this.next += 1;
    this.tasks.set(id, { at: this.now + ms, run: callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.tasks.delete(handle);
  }

  get pending(): number {
    return this.tasks.size;
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.tasks.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (due === undefined) break;
      this.tasks.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = end;
  }
}
