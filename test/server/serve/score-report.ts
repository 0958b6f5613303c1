/** A score report as a worker test's fake job returns it: one contact scored and written. */
import type { ScoreReport } from '../../../src/server/jobs/score';

export function scoreReport(mode: ScoreReport['mode'], interrupted = false): ScoreReport {
  return {
    scored: 1, grades: { A: 0, B: 0, C: 0, D: 1 }, topReasons: [], mode, today: '2025-03-15', dryRun: false, since: null,
    written: 1, unchanged: 0, errors: 0, unwritten: 0, badRecords: [], skippedRetention: 0, cleared: 0, interrupted, resumed: false, modelChange: null, perType: { Contact: 1, Lead: 0, Account: 0 },
    reach: { persons: 1, eligible: { email: 0, sms: 0, phone: 0, postal: 1 }, gradeA: { persons: 0, eligible: { email: 0, sms: 0, phone: 0, postal: 0 } } },
  };
}
