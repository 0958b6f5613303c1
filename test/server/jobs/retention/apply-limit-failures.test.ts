/**
 * `--limit N` caps the records anonymised per run: a record that fails before its erase every time does not use it up;
 * one erased that fails afterwards does, its data being gone.
 */
import { describe, expect, it } from 'vitest';
import { EspoHttpError } from '../../../../src/server/espo/errors/espo-http-error';
import { applyFiles, applyOnce } from './apply-setup';
import type { Harness } from './harness';
import { memoryHarness } from './harness';
import { IDS } from './population';

/** EspoCRM refuses to erase the expired prospect, every time ("No edit access.": a record of another team). */
function refusingProspect(harness: Harness): Harness {
  const base = harness.gateway;
  const gateway = Object.assign(Object.create(base) as Harness['gateway'], {
    erase: async (...args: Parameters<Harness['gateway']['erase']>) => {
      if (args[1] === IDS.expiredProspect) {
        throw new EspoHttpError({ method: 'POST', path: 'DataPrivacy/action/erase', url: 'x', entityType: 'Contact', id: args[1] },
          { status: 403, statusReason: 'No edit access.', validation: null, duplicates: [], retryAfterMs: null });
      }
      return base.erase(...args);
    },
  });
  return { ...harness, gateway };
}

/** EspoCRM refuses every vehicle update, a step after the person's erase (400: e.g. a required field of the entity). */
function refusingVehicles(harness: Harness): Harness {
  const base = harness.gateway;
  const gateway = Object.assign(Object.create(base) as Harness['gateway'], {
    update: async (...args: Parameters<Harness['gateway']['update']>) => {
      if (args[0] === 'AutoCibleVehicle') {
        throw new EspoHttpError({ method: 'PUT', path: 'AutoCibleVehicle', url: 'x', entityType: 'AutoCibleVehicle', id: args[1] },
          { status: 400, statusReason: null, validation: null, duplicates: [], retryAfterMs: null });
      }
      return base.update(...args);
    },
  });
  return { ...harness, gateway };
}

describe('retention apply --limit', () => {
  it('does not count a failed record: the due record behind it is anonymised in the same run', async () => {
    const harness = memoryHarness();
    const files = await applyFiles();
    const report = await applyOnce(refusingProspect(harness), files, { limit: 1 });
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual([[IDS.expiredProspect, 'failed'], [IDS.expiredLead, 'anonymised']]);
    expect(report).toMatchObject({ counts: { anonymised: 1, failed: 1 } });
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredLead]);
  });

  it('stops once N records are anonymised, and a dry run counts those that would be', async () => {
    const files = await applyFiles();
    const dry = await applyOnce(memoryHarness(), files, { limit: 1, dryRun: true });
    expect(dry).toMatchObject({ stoppedBy: 'limit', counts: { wouldAnonymise: 1 } });
    expect(dry.results.map((r) => r.id)).toEqual([IDS.expiredProspect]);
  });

  it('counts a record erased that fails at a later step: --limit 1 erases one person at most', async () => {
    const harness = memoryHarness();
    const files = await applyFiles();
    const report = await applyOnce(refusingVehicles(harness), files, { limit: 1 });
    expect(new Set(harness.erases().map((e) => e.id)).size).toBe(1);
    expect(report).toMatchObject({ stoppedBy: 'limit', counts: { failed: 1, anonymised: 0 } });
  });
});
