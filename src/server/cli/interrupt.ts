/**
 * Ctrl-C (SIGINT) while a command runs. A command that reads only, or whose writes a rerun completes, stops at
 * once after one line on stderr saying what it left, in the user's language: the line the command last gave with
 * `say`. A write that must not be cut (a file set, an audit line with its list line) runs inside `finishFirst`:
 * Ctrl-C then waits for it, and the command ends with the line given there and exit code 130. A second Ctrl-C
 * always stops the process at once, as Node does by default.
 */
import type { CliContext } from './context';
import { INTERRUPTED_EXIT_CODE, PROCESS_INTERRUPTS } from './interrupt-source';
import type { InterruptSource } from './interrupt-source';

export const interruptsOf = (ctx: CliContext): InterruptSource => ctx.interrupts ?? PROCESS_INTERRUPTS;

/** One command's handling of Ctrl-C, from `guardInterrupt` until `end`. */
export class InterruptGuard {
  #line: string;
  #finishing = 0;
  /** Ctrl-C came while a write had to finish: the line to print when the command ends. */
  #pending = false;
  #stopped = false;
  #ended = false;
  readonly #release: () => void;

  constructor(private readonly ctx: CliContext, line: string) {
    this.#line = line;
    this.#release = interruptsOf(ctx).once(() => this.#interrupted());
  }

  /** The line an interrupt prints from now on, as what the command has done changes. */
  say(line: string): void {
    this.#line = line;
  }

  /**
   * Runs `work` to its end even when Ctrl-C comes meanwhile; the command then stops with `after` when it
   * ends (after its report), which is also the line of a Ctrl-C from then on. When `work` fails, the failure
   * is what the command reports.
   */
  async finishFirst<T>(work: () => Promise<T>, after: string): Promise<T> {
    this.#finishing += 1;
    try {
      const result = await work();
      this.#line = after;
      return result;
    } catch (error) {
      this.#pending = false;
      throw error;
    } finally {
      this.#finishing -= 1;
    }
  }

  /** Stops listening; prints the line of an interrupt that waited and sets exit code 130. Once only. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#release();
    if (this.#pending) this.#print(this.#line);
    // A test's fake exit returns: the command went on, but the run still ends as interrupted.
    if (this.#pending || this.#stopped) this.ctx.setExitCode(INTERRUPTED_EXIT_CODE);
  }

  #print(line: string): void {
    if (this.ctx.isTty) this.ctx.stderr.write('\r\x1b[K');
    this.ctx.stderr.write(`${line}\n`);
  }

  #interrupted(): void {
    if (this.#finishing > 0) {
      this.#pending = true;
      return;
    }
    this.#stopped = true;
    this.#print(this.#line);
    this.ctx.setExitCode(INTERRUPTED_EXIT_CODE);
    interruptsOf(this.ctx).exit(INTERRUPTED_EXIT_CODE);
  }
}

/** Runs `body` with Ctrl-C handled as `InterruptGuard` says, `line` first. */
export async function guardInterrupt(ctx: CliContext, line: string, body: (guard: InterruptGuard) => Promise<void>): Promise<void> {
  const guard = new InterruptGuard(ctx, line);
  try {
    await body(guard);
  } finally {
    guard.end();
  }
}
