/** What one generation unit (a company, a private customer or a lead) adds to each file. */
export type SampleRecord = Record<string, unknown>;

export interface Bundle {
  readonly accounts: readonly SampleRecord[];
  readonly contacts: readonly SampleRecord[];
  readonly leads: readonly SampleRecord[];
  /** Without `id`: the writer numbers vehicles and opportunities in output order. */
  readonly vehicles: readonly SampleRecord[];
  readonly opportunities: readonly SampleRecord[];
}

/** Id streams of the per-record generators (see `recordRng`). */
export const RNG_STREAM = { account: 1, particulier: 2, lead: 3 } as const;
