/**
 * Keeps V8's young generation at 8 MiB a semi-space instead of its default 16 MiB. The CLI's jobs stream records
 * (read, score, write, forget): what survives a young collection is a page of records at most, and the other
 * half of the young generation only holds garbage. On the 1M-row score run (issue 4, `npm run bench -- score-e2e`)
 * the real command peaked at 139–144 MB instead of 148–153 MB (the kernel's high-water mark), and the RSS sampled
 * every 10 ms in the bench's job child at 123–126 MB instead of 139–144 MB, the old generation and run time unchanged.
 *
 * Node takes `--max-semi-space-size` on its command line only; the CLI is started as `node bin/autocible.mjs`.
 * V8 reads `--semi-space-growth-factor` each time it grows the young generation, so it is set after each
 * collection: 2 (the default) while the young generation is below the cap, 1 once it is there. Capping it
 * smaller (4 MiB, or stopping its growth at once) promotes records still in use to the old generation, which
 * then grows to 80 MB: 8 MiB is the measured best. No effect where V8 ignores the flag: only memory is at stake.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

const MiB = 2 ** 20;

/** The semi-space size the CLI keeps to. */
export const SEMI_SPACE_CAP_MIB = 8;

/** The young generation's size now: both semi-spaces, in bytes. */
export function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

let observer: PerformanceObserver | null = null;
let growing: boolean | null = null;

function steer(capBytes: number): void {
  const grow = youngGenerationBytes() < capBytes;
  if (grow === growing) return;
  growing = grow;
  setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
}

/**
 * Holds the young generation at `semiSpaceMib` a semi-space from now on, for this process. Idempotent; the
 * observer does not keep the process alive.
 */
export function capYoungGeneration(semiSpaceMib = SEMI_SPACE_CAP_MIB): void {
  if (observer !== null) return;
  // `space_size` counts both semi-spaces.
  const capBytes = 2 * semiSpaceMib * MiB;
  steer(capBytes);
  observer = new PerformanceObserver(() => steer(capBytes));
  observer.observe({ entryTypes: ['gc'] });
}
