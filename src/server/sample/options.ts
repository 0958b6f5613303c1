/** Sizes, seed and reference date of a generated dataset. */

export interface SampleOptions {
  /** Output directory (created if missing). */
  readonly out: string;
  /** @defaultValue 20260630 */
  readonly seed: number;
  /** Date the data is "as of": nothing happens after it except contract ends and CT deadlines. @defaultValue '2026-06-30' */
  readonly asOf: string;
  /** @defaultValue 2000 */
  readonly accounts: number;
  /** Contacts in total: the professional contacts of the accounts, then private customers. @defaultValue 3500 */
  readonly contacts: number;
  /** @defaultValue 1500 */
  readonly leads: number;
  /** Write samples' README.md listing the deliberate bad rows. @defaultValue true */
  readonly readme: boolean;
}

export const DEFAULT_SAMPLE_OPTIONS: Omit<SampleOptions, 'out'> = {
  seed: 20260630,
  asOf: '2026-06-30',
  accounts: 2000,
  contacts: 3500,
  leads: 1500,
  readme: true,
};

/** Default sizes multiplied by `scale` (at least one record of each). */
export function scaledSizes(scale: number): Pick<SampleOptions, 'accounts' | 'contacts' | 'leads'> {
  const size = (n: number): number => Math.max(1, Math.round(n * scale));
  return {
    accounts: size(DEFAULT_SAMPLE_OPTIONS.accounts),
    contacts: size(DEFAULT_SAMPLE_OPTIONS.contacts),
    leads: size(DEFAULT_SAMPLE_OPTIONS.leads),
  };
}
