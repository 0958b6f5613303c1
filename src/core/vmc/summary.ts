/** VMC statistics per segment (customer kind × lifecycle stage, or any key the caller builds). */
import { roundCents } from './money';

export interface VmcSummaryRow {
  readonly segment: string;
  readonly vmcBrute: number;
  readonly vmcNette: number;
}

export interface VmcStats {
  readonly mean: number;
  readonly median: number;
}

export interface VmcSegmentSummary {
  readonly segment: string;
  readonly count: number;
  readonly vmcBrute: VmcStats;
  readonly vmcNette: VmcStats;
}

function stats(values: number[]): VmcStats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return { mean: roundCents(mean), median: roundCents(median) };
}

/** One summary per segment present in `rows`, sorted by segment; money rounded to cents. */
export function summariseVmcBySegment(rows: Iterable<VmcSummaryRow>): VmcSegmentSummary[] {
  const groups = new Map<string, { brute: number[]; nette: number[] }>();
  for (const row of rows) {
    const group = groups.get(row.segment) ?? { brute: [], nette: [] };
    group.brute.push(row.vmcBrute);
    group.nette.push(row.vmcNette);
    groups.set(row.segment, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([segment, group]) => ({
      segment,
      count: group.brute.length,
      vmcBrute: stats(group.brute),
      vmcNette: stats(group.nette),
    }));
}
