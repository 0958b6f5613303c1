/**
 * VMC per record, collected per segment: the course's formulas with inputs from the record's own
 * purchase history when it has one, the admin defaults of its customer kind otherwise (src/core/vmc).
 */
import type { CustomerKind, Purchase, VmcDefaultsByKind, VmcSegmentSummary } from '../../core/vmc';
import { computeVmc, resolveVmcInputs, summariseVmcBySegment } from '../../core/vmc';

export interface VmcSegmentReport extends VmcSegmentSummary {
  /** Segment parts, e.g. `{ customerKind: 'PARTICULIER', lifecycleStage: 'CLIENT' }` (`NONE` when empty). */
  readonly keys: Readonly<Record<string, string>>;
  /** Records whose purchases per year and average amount came from their own history. */
  readonly fromHistory: number;
  /** fromHistory / count, 0–1. */
  readonly historyShare: number;
}

export class VmcSegments {
  private readonly rows: { segment: string; vmcBrute: number; vmcNette: number }[] = [];
  private readonly history = new Map<string, number>();
  private readonly keysOf = new Map<string, Readonly<Record<string, string>>>();

  constructor(
    private readonly defaults: VmcDefaultsByKind,
    private readonly today: string,
  ) {}

  add(keys: Readonly<Record<string, string>>, kind: CustomerKind, purchases: readonly Purchase[]): void {
    const segment = Object.values(keys).join('|');
    const resolved = resolveVmcInputs({ purchases, defaults: this.defaults[kind], customerKind: kind, today: this.today });
    const result = computeVmc(resolved.inputs);
    this.rows.push({ segment, vmcBrute: result.vmcBrute, vmcNette: result.vmcNette });
    this.keysOf.set(segment, keys);
    if (resolved.sources.purchasesPerYear.type === 'history') this.history.set(segment, (this.history.get(segment) ?? 0) + 1);
  }

  /** One report per segment, ordered by `order` (a rank per segment key; unknown keys last). */
  summary(order: (keys: Readonly<Record<string, string>>) => number): VmcSegmentReport[] {
    return summariseVmcBySegment(this.rows)
      .map((s) => {
        const fromHistory = this.history.get(s.segment) ?? 0;
        return { ...s, keys: this.keysOf.get(s.segment) ?? {}, fromHistory, historyShare: s.count === 0 ? 0 : fromHistory / s.count };
      })
      .sort((a, b) => order(a.keys) - order(b.keys));
  }
}
