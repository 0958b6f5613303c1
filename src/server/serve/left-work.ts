/**
 * The work a new `serve` process finds: the webhook records the previous one had not rescored (they stay in the
 * state file until rescored), the scheduled run it interrupted (continued from its checkpoint), a full run its
 * schedule asked for that did not complete (it failed before its first checkpoint, or waited its turn), and an incremental
 * catch-up run. EspoCRM 9.3.2 and later drops a delivery that cannot connect, without retrying it, so the edits
 * made while `serve` was down are found by their `modifiedAt`, from the watermark of the last successful run.
 * Without one, there is nothing to catch up from: the first scheduled run reads everything.
 */
import type { ScoreStateStore } from '../state';
import { targetCount } from './debouncer';
import type { PendingRecords } from './pending-records';
import type { ScoreWorker } from './worker';

export async function queueLeftWork(state: ScoreStateStore, sourceKey: string, worker: ScoreWorker, pending: PendingRecords): Promise<void> {
  const saved = await state.read(sourceKey);
  const targets = pending.restored(saved.pending);
  if (targetCount(targets) > 0) worker.enqueue({ mode: 'targets', targets });
  if (saved.checkpoint !== undefined) worker.enqueue({ mode: saved.checkpoint.mode });
  if (saved.fullRunDueSince !== undefined) worker.enqueue({ mode: 'full' });
  if (saved.lastSuccessfulRunAt !== undefined) worker.enqueue({ mode: 'incremental' });
}
