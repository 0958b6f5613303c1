/**
 * The `pending` entry of the state file: records webhooks named that `serve` had not rescored when it stopped.
 * Shutdown writes it twice: at once, with everything not rescored yet (the targeted run in progress included, in
 * case the stop is cut short by a SIGKILL), then with what the interrupted run really left. At start the ids read
 * stay in the file until a run has rescored them, so a crash, or an EspoCRM still starting, loses none of them.
 */
import type { ScoreStateStore, SourceState } from '../state';
import type { RescoreTargets } from './debouncer';
import { NO_TARGETS, subtractTargets, targetCount } from './debouncer';

type Pending = NonNullable<SourceState['pending']>;

const toTargets = (pending: Pending): RescoreTargets => ({
  Contact: pending.Contact ?? [], Lead: pending.Lead ?? [], Account: pending.Account ?? [], AutoCibleVehicle: pending.AutoCibleVehicle ?? [],
});

const toPending = (targets: RescoreTargets): Pending => ({
  Contact: [...targets.Contact], Lead: [...targets.Lead], Account: [...targets.Account], AutoCibleVehicle: [...targets.AutoCibleVehicle],
});

export class PendingRecords {
  /** What the state file holds, as this process last read or wrote it (writes are queued in this order). */
  private saved: RescoreTargets = NO_TARGETS;
  /** The file has a `pending` entry (even an empty one). */
  private hasEntry = false;

  constructor(
    private readonly state: ScoreStateStore,
    private readonly sourceKey: string,
  ) {}

  /** The records the previous process saved (read from its state entry); they stay saved until rescored. */
  restored(pending: SourceState['pending']): RescoreTargets {
    this.saved = toTargets(pending ?? {});
    this.hasEntry = pending !== undefined;
    return this.saved;
  }

  /** Makes the file hold exactly these records (none: the entry goes). */
  async save(targets: RescoreTargets): Promise<void> {
    if (targetCount(targets) === 0 && !this.hasEntry) return;
    this.saved = targets;
    this.hasEntry = targetCount(targets) > 0;
    await this.state.update(this.sourceKey, ({ pending: _previous, ...rest }) =>
      (targetCount(targets) === 0 ? rest : { ...rest, pending: toPending(targets) }));
  }

  /** A run rescored these records: those the file holds leave it. */
  async rescored(targets: RescoreTargets): Promise<void> {
    const left = subtractTargets(this.saved, targets);
    if (targetCount(left) < targetCount(this.saved)) await this.save(left);
  }
}
