import { beforeAll, describe, expect, it } from 'vitest';
import {
  ageBand,
  categoryFromGenre, energyFamilyFromCode, isIsoDate, isValidNaf, isValidPlate, isValidSiren, isValidSiret, isValidVin,
  monthsBetween, nextControleTechniqueDue,
} from '../../../src/core/catalogue';
import type { SampleSummary } from '../../../src/server/sample';
import { generateSmall, readRows } from './small-dataset';

type Rows = Record<string, string>[];
let summary: SampleSummary;
let data: { accounts: Rows; contacts: Rows; leads: Rows; vehicles: Rows; opportunities: Rows };

/** Line numbers of the deliberate bad rows of `file` (header = line 1, row i is line i + 2). */
const badLines = (file: string): Set<number> => new Set(summary.badRows.filter((b) => b.file === file).map((b) => b.line));
const good = (rows: Rows, file: string): Rows => rows.filter((_, i) => !badLines(file).has(i + 2));

beforeAll(async () => {
  summary = await generateSmall();
  const dir = summary.options.out;
  data = {
    accounts: await readRows(dir, 'accounts.csv'),
    contacts: await readRows(dir, 'contacts.csv'),
    leads: await readRows(dir, 'leads.csv'),
    vehicles: await readRows(dir, 'vehicles.csv'),
    opportunities: await readRows(dir, 'opportunities.csv'),
  };
});

// Contract durations of domain.md §1.4, in months.
const DURATION: Readonly<Record<string, readonly [number, number]>> = {
  CREDIT_AFFECTE: [12, 84], CREDIT_CLASSIQUE: [12, 84], LOA: [24, 72], LLD: [24, 72], CREDIT_BAIL: [24, 60], LMD: [5, 24],
};

describe('generated companies', () => {
  it('have valid SIREN, SIRET and NAF codes, except the deliberate bad rows', () => {
    const accounts = good(data.accounts, 'accounts.csv');
    for (const a of accounts) {
      expect(isValidSiren(a.autoCibleSiren ?? ''), a.autoCibleSiren).toBe(true);
      expect(isValidSiret(a.autoCibleSiret ?? ''), a.autoCibleSiret).toBe(true);
      expect(a.autoCibleSiret?.startsWith(a.autoCibleSiren ?? '-')).toBe(true);
      expect(isValidNaf(a.autoCibleNafCode ?? ''), a.autoCibleNafCode).toBe(true);
    }
  });

  it('make the SIRET of the deliberate bad row fail its checksum', () => {
    const bad = summary.badRows.find((b) => b.attribute === 'autoCibleSiret');
    const row = data.accounts[(bad?.line ?? 0) - 2];
    expect(row).toBeDefined();
    expect(isValidSiret(row?.autoCibleSiret ?? '')).toBe(false);
    expect(isValidSiren(row?.autoCibleSiren ?? '')).toBe(true);
  });

  it('declare a fleet at least as large as the vehicles on file', () => {
    const known = new Map<string, number>();
    for (const v of data.vehicles) if (v.accountId) known.set(v.accountId, (known.get(v.accountId) ?? 0) + 1);
    for (const a of data.accounts) expect(Number(a.autoCibleFleetSize)).toBeGreaterThanOrEqual(known.get(a.id ?? '') ?? 0);
  });
});

describe('generated vehicles', () => {
  it('have the category and energy family the catalogue derives from genre and P.3 code', () => {
    for (const v of good(data.vehicles, 'vehicles.csv')) {
      expect(v.category).toBe(categoryFromGenre(v.genre ?? ''));
      expect(v.energyFamily).toBe(energyFamilyFromCode(v.energyCode ?? ''));
    }
  });

  it('have valid VINs and plates, and a next CT derived from the MEC', () => {
    for (const v of good(data.vehicles, 'vehicles.csv')) {
      expect(isValidVin(v.vin ?? ''), v.vin).toBe(true);
      expect(isValidPlate(v.plate ?? ''), v.plate).toBe(true);
      const expected = v.category === 'VP' || v.category === 'VUL' ? nextControleTechniqueDue(v.mecDate ?? '', summary.options.asOf) : '';
      expect(v.nextCtDueDate).toBe(expected);
    }
  });

  it('end their financing after it starts, within the durations of domain §1.4', () => {
    const financed = good(data.vehicles, 'vehicles.csv').filter((v) => v.financingStartDate !== '');
    expect(financed.length).toBeGreaterThan(0);
    for (const v of financed) {
      const months = monthsBetween(v.financingStartDate ?? '', v.financingEndDate ?? '');
      const [min, max] = DURATION[v.financingMode ?? ''] ?? [1, 0];
      expect(months, `${v.financingMode} ${months}`).toBeGreaterThanOrEqual(min);
      expect(months).toBeLessThanOrEqual(max);
      expect(v.financingStartDate).toBe(v.purchaseDate);
    }
    const cash = good(data.vehicles, 'vehicles.csv').filter((v) => v.financingMode === 'COMPTANT');
    for (const v of cash) expect([v.financingStartDate, v.financingEndDate, v.monthlyPayment]).toEqual(['', '', '']);
  });

  it('are bought after their first registration, VOR within a year of it, and not after the as-of date', () => {
    const asOf = summary.options.asOf;
    for (const v of good(data.vehicles, 'vehicles.csv')) {
      expect(isIsoDate(v.mecDate ?? '')).toBe(true);
      expect((v.purchaseDate ?? '') >= (v.mecDate ?? '')).toBe(true);
      expect((v.purchaseDate ?? '') <= asOf).toBe(true);
      if (v.purchaseType === 'VOR') expect(monthsBetween(v.mecDate ?? '', v.purchaseDate ?? '')).toBeLessThanOrEqual(12);
      if (v.lastWorkshopVisitAt) expect(v.lastWorkshopVisitAt <= asOf && v.lastWorkshopVisitAt >= (v.purchaseDate ?? '')).toBe(true);
    }
  });

  it('show a mileage consistent with their age (never negative, at most 150 000 km a year)', () => {
    for (const v of good(data.vehicles, 'vehicles.csv')) {
      if (v.mileage === '') continue;
      const years = Math.max(1 / 12, monthsBetween(v.mecDate ?? '', v.mileageDate ?? '') / 12);
      expect(Number(v.mileage)).toBeGreaterThanOrEqual(0);
      expect(Number(v.mileage) / years).toBeLessThanOrEqual(150_000);
    }
  });
});

describe('generated people', () => {
  it('are adults whose age band matches their birth date, with past contact dates', () => {
    const asOf = summary.options.asOf;
    for (const p of [...good(data.contacts, 'contacts.csv'), ...good(data.leads, 'leads.csv')]) {
      if (p.autoCibleBirthDate) {
        expect(monthsBetween(p.autoCibleBirthDate, asOf) / 12).toBeGreaterThanOrEqual(18);
        expect(p.autoCibleAgeBand).toBe(ageBand(p.autoCibleBirthDate, asOf));
      }
      if (p.autoCibleLastInboundContactAt) expect(p.autoCibleLastInboundContactAt <= asOf).toBe(true);
      expect((p.createdAt ?? '') <= (p.modifiedAt ?? '')).toBe(true);
    }
  });

  it('opt out of a channel exactly when its consent says so', () => {
    for (const p of [...data.contacts, ...data.leads]) {
      expect(p.emailAddressIsOptedOut).toBe(String(p.autoCibleConsentEmailStatus === 'OPT_OUT'));
      expect(p.doNotCall).toBe(String(p.autoCibleConsentPhoneStatus === 'OPT_OUT'));
      if (p.autoCibleConsentEmailStatus === 'SOFT_OPT_IN') expect(p.autoCibleLifecycleStage === 'CLIENT' || p.autoCibleLifecycleStage === 'ANCIEN_CLIENT').toBe(true);
    }
  });
});

describe('generated links', () => {
  it('reference only accounts and contacts that exist', () => {
    const accountIds = new Set(data.accounts.map((a) => a.id));
    const contactIds = new Set(data.contacts.map((c) => c.id));
    const refs = [...data.contacts, ...data.vehicles, ...data.opportunities];
    for (const r of refs) {
      if (r.accountId) expect(accountIds.has(r.accountId), r.accountId).toBe(true);
      if (r.contactId) expect(contactIds.has(r.contactId), r.contactId).toBe(true);
    }
    for (const v of data.vehicles) expect(Boolean(v.accountId) || Boolean(v.contactId)).toBe(true);
  });

  it('attach professionals to an account and private customers to none', () => {
    for (const c of data.contacts) {
      expect(c.autoCibleCustomerKind === 'PROFESSIONNEL').toBe(Boolean(c.accountId));
      if (c.autoCibleCustomerKind === 'PROFESSIONNEL') expect(c.autoCibleRole).not.toBe('');
      else expect(c.autoCibleRole).toBe('');
    }
  });

  it('give every record a unique 17-digit hexadecimal id', () => {
    const ids = Object.values(data).flatMap((rows) => rows.map((r) => r.id ?? ''));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{17}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('record purchases as won opportunities with an amount and a close date', () => {
    for (const o of good(data.opportunities, 'opportunities.csv')) {
      expect(o.stage).toBe('Closed Won');
      expect(Number(o.amount)).toBeGreaterThan(0);
      expect(isIsoDate(o.closeDate ?? '')).toBe(true);
    }
  });
});
