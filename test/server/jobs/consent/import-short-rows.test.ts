import { describe, expect, it } from 'vitest';
import { channelConsent } from '../../../../src/core/consent';
import { readImportFile, runConsentImport } from '../../../../src/server/jobs/consent';
import type { ConsentImportLine } from '../../../../src/server/jobs/consent';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, TODAY } from '../retention/population';
import { consentFile, memoryWriteHarness } from './write-harness';

useMswServer();

const HEADER = 'identifiant;canal;statut;date;origine;preuve';

describe('readImportFile with rows shorter than the header', () => {
  it('reads missing trailing cells as empty when their columns are optional', async () => {
    const read = await readImportFile(await consentFile([HEADER, `${IDS.expiredProspect};email;opposition`, `${IDS.calledProspect};sms;opt-in;01/06/2026`]));
    expect(read.rows).toEqual([
      { line: 2, values: { id: IDS.expiredProspect, channel: 'email', status: 'opposition' } },
      { line: 3, values: { id: IDS.calledProspect, channel: 'sms', status: 'opt-in', date: '01/06/2026' } },
    ]);
  });

  it('still rejects a row whose missing cells include channel or status', async () => {
    const read = await readImportFile(await consentFile([HEADER, `${IDS.expiredProspect};email`, 'canal;statut', IDS.expiredProspect]));
    expect(read.rows).toEqual([{ line: 2, malformed: 'columnCount' }, { line: 3, malformed: 'columnCount' }, { line: 4, malformed: 'columnCount' }]);
  });

  it('still rejects a row whose missing cells are every person key of the file', async () => {
    const read = await readImportFile(await consentFile(['canal;statut;email;téléphone', 'email;opposition', 'email;opposition;jean@exemple.fr']));
    expect(read.rows).toEqual([
      { line: 2, malformed: 'columnCount' },
      { line: 3, values: { channel: 'email', status: 'opposition', emailAddress: 'jean@exemple.fr' } },
    ]);
  });

  it('still rejects a row with more cells than the header', async () => {
    const read = await readImportFile(await consentFile([HEADER, `${IDS.expiredProspect};email;opposition;01/06/2026;;;x`]));
    expect(read.rows).toEqual([{ line: 2, malformed: 'columnCount' }]);
  });
});

describe('consent import of an objection with its trailing empty cells left out', () => {
  it('records the objection (dated the day of the run) instead of rejecting the line', async () => {
    const h = memoryWriteHarness();
    const lines: ConsentImportLine[] = [];
    const path = await consentFile([HEADER, `${IDS.expiredProspect};email;opposition`, `${IDS.calledProspect};sms`]);
    const report = await runConsentImport({ gateway: h.gateway, path, today: TODAY, onLine: (l) => lines.push(l) }, jobContext(false));
    expect(report.counts).toMatchObject({ accepted: 1, rejected: 1 });
    expect(lines.map((l) => [l.line, l.outcome, l.problem, l.dateDefaulted])).toEqual([[2, 'accepted', null, true], [3, 'rejected', 'cellCount', false]]);
    expect(channelConsent(await h.history('Contact', IDS.expiredProspect), 'email', TODAY).status).toBe('OPT_OUT');
  });
});
