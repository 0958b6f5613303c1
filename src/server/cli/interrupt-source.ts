/** Where Ctrl-C comes from and how the process ends (`CliContext.interrupts`; `interrupt.ts` handles it). */

/** Exit code of a run that Ctrl-C stopped. */
export const INTERRUPTED_EXIT_CODE = 130;

/** The real process, or a fake in tests. */
export interface InterruptSource {
  /** Calls `handler` on the next Ctrl-C only (a second one then ends the process as Node does); returns the function that stops listening. */
  readonly once: (handler: () => void) => () => void;
  /** Ends the process at once with `code`. */
  readonly exit: (code: number) => void;
}

export const PROCESS_INTERRUPTS: InterruptSource = {
  once: (handler) => {
    process.once('SIGINT', handler);
    return () => void process.off('SIGINT', handler);
  },
  exit: (code) => process.exit(code),
};
