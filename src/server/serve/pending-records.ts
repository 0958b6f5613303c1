/**
 * The `pending` entry of the state file: records webhooks named that `serve` has not rescored yet. A delivery's
 * records are added before it is answered 200 (one small write per delivery), and leave once a run has rescored
 * them, so a crash loses none: the next start rescores what the file holds. Shutdown writes it twice: at once,
 * with everything not rescored yet (the targeted run in progress included, in case the stop is cut short by a
 * SIGKILL), then with what the interrupted run really left.
 */
import type { ScoreStateStore, SourceState } from '../state';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, subtractTargets, targetCount } from './debouncer';

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
  /** Records of deliveries being added: written, not queued yet. A run that ends meanwhile leaves them in the file. */
  private readonly arriving: RescoreTargets[] = [];

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

  /**
   * Adds a delivery's records to those the file holds, then calls `queue` (which hands them to the debouncer) and
   * returns what it returns. Throws when the file cannot be written: the delivery must not be answered 200.
   */
  async received<T>(targets: RescoreTargets, queue: () => T): Promise<T> {
    if (targetCount(targets) === 0) return queue();
    this.arriving.push(targets);
    try {
      await this.write((saved) => mergeTargets(saved, targets));
      return queue();
    } finally {
      this.arriving.splice(this.arriving.indexOf(targets), 1);
    }
  }

  /** Makes the file hold exactly these records (none: the entry goes). */
  async save(targets: RescoreTargets): Promise<void> {
    if (targetCount(targets) === 0 && !this.hasEntry) return;
    await this.write(() => targets);
  }

  /**
   * A run rescored these records: those the file holds leave it, except the ones `stillWaiting` (asked for when the
   * file is written) or arriving name again: a delivery during the run may be an edit the run did not read.
   */
  async rescored(targets: RescoreTargets, stillWaiting: () => RescoreTargets = () => NO_TARGETS): Promise<void> {
    if (targetCount(subtractTargets(this.saved, targets)) === targetCount(this.saved)) return;
    await this.write((saved) => {
      const again = this.arriving.reduce(mergeTargets, stillWaiting());
      return subtractTargets(saved, subtractTargets(targets, again));
    });
  }

  /** Read-modify-write of the entry, queued with the other writes of the state file. */
  private async write(change: (saved: RescoreTargets) => RescoreTargets): Promise<void> {
    await this.state.update(this.sourceKey, ({ pending, ...rest }) => {
      const next = change(toTargets(pending ?? {}));
      this.saved = next;
      this.hasEntry = targetCount(next) > 0;
      return targetCount(next) === 0 ? rest : { ...rest, pending: toPending(next) };
    });
  }
}
