import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelConsent } from '../../../../src/core/consent';
import { runConsentImport, runConsentSync } from '../../../../src/server/jobs/consent';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { consentFile, memoryWriteHarness, writeHarnesses } from './write-harness';

const server = useMswServer();
const ID = IDS.emailedProspect;
const HEADER = 'id,channel,status,date,source,proof';

const importPath = async (harness: WriteHarness, path: string): Promise<void> =>
  void (await runConsentImport({ gateway: harness.gateway, path, today: TODAY }, jobContext(false)));
const sync = async (harness: WriteHarness): Promise<void> => void (await runConsentSync({ gateway: harness.gateway, today: TODAY }, jobContext(false)));
const smsStatus = async (harness: WriteHarness): Promise<string> => channelConsent(await harness.history('Contact', ID), 'sms').status;

const OPT_OUT_TYPED = { autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2026-05-01', autoCibleConsentSmsSource: 'TELEPHONE', autoCibleConsentSmsProof: null };

describe.each(writeHarnesses(server))('opt-out against opt-in, in either order, on the %s', (_name, setup) => {
  it('keeps an objection typed the same day as an imported opt-in, whichever comes first', async () => {
    const file = await consentFile([HEADER, `${ID},sms,OPT_IN,2026-05-01,FORMULAIRE,Case cochée v2`]);
    const importFirst = setup();
    await importPath(importFirst, file);
    await importFirst.edit('Contact', ID, OPT_OUT_TYPED);
    await sync(importFirst);
    const editFirst = setup();
    await editFirst.edit('Contact', ID, OPT_OUT_TYPED);
    await sync(editFirst);
    await importPath(editFirst, file);
    for (const harness of [importFirst, editFirst]) {
      expect(await smsStatus(harness)).toBe('OPT_OUT');
      expect(await harness.record('Contact', ID)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_OUT' });
    }
    // Typed over the imported opt-in, the date 2026-05-01 is the one the form already showed: it cannot be told
    // from a date left over from the opt-in, so the objection is recorded as of the run's day (later, never
    // earlier, than typed). Typed before the import, it is recorded as typed.
    const objection = async (harness: WriteHarness) => (await harness.history('Contact', ID)).filter((e) => e.status === 'OPT_OUT');
    expect(await objection(importFirst)).toEqual([{ channel: 'sms', status: 'OPT_OUT', date: TODAY, source: 'TELEPHONE' }]);
    expect(await objection(editFirst)).toEqual([{ channel: 'sms', status: 'OPT_OUT', date: '2026-05-01', source: 'TELEPHONE' }]);
  });
});

describe('opt-outs in consent files', () => {
  it('win over older or same-day opt-ins whatever the line order and the split into files', async () => {
    const optIn = fc.record({ day: fc.integer({ min: 1, max: 20 }), source: fc.constantFrom('FORMULAIRE', 'MAGASIN'), proof: fc.constantFrom('Case v1', 'Bon signé') });
    const scenario = fc.tuple(fc.array(optIn, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 5 }))
      .chain(([optIns, later]) => {
        const outDay = Math.max(...optIns.map((o) => o.day)) + later;
        const lines = [...optIns.map((o) => `${ID},sms,OPT_IN,2026-05-${String(o.day).padStart(2, '0')},${o.source},${o.proof}`), `${ID},sms,OPT_OUT,2026-05-${String(outDay).padStart(2, '0')},EMAIL,`];
        return fc.tuple(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), fc.integer({ min: 0, max: lines.length }));
      });
    await fc.assert(fc.asyncProperty(scenario, async ([lines, split]) => {
      const harness = memoryWriteHarness();
      await sync(harness);
      const first = await consentFile([HEADER, ...lines.slice(0, split)], 'a.csv');
      const second = await consentFile([HEADER, ...lines.slice(split)], 'b.csv');
      await importPath(harness, first);
      await importPath(harness, second);
      expect(await smsStatus(harness)).toBe('OPT_OUT');
      expect(await harness.record('Contact', ID)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_OUT' });
      const writes = harness.writeCount();
      await importPath(harness, second);
      await importPath(harness, first);
      await sync(harness);
      expect(harness.writeCount()).toBe(writes);
    }), { numRuns: 40 });
  });
});
