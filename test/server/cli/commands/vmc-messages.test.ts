import { describe, expect, it } from 'vitest';
import { renderVmcSummary, VMC_MESSAGES } from '../../../../src/server/cli/commands/vmc-messages';
import type { VmcMessages } from '../../../../src/server/cli/commands/vmc-messages';
import type { VmcReport } from '../../../../src/server/jobs/vmc';

/** Every text of one language, functions called with sample values. */
function texts(t: VmcMessages): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (...a: unknown[]) => unknown)('x', 'y', 'z', true)));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(t);
  return out;
}

const REPORT: VmcReport = {
  today: '2026-01-01', dryRun: false, read: { Contact: 3, Account: 2 }, written: 3, unchanged: 1, errors: 1,
  badRecords: [{ entityType: 'Account', id: 'a1', stage: 'write', reason: 'ESPO_FIELDS_NOT_STORED', fields: ['autoCibleVmcBrute'] }],
  changedFields: { autoCibleVmcNette: 3, autoCibleVmcComputedAt: 3 }, withInvalidInputs: 2, invalidInputs: { conversionRate: 2, purchases: 1 },
  interrupted: false,
};

describe('the vmc command’s texts', () => {
  it('exist in both languages, the French with its typography', () => {
    expect(texts(VMC_MESSAGES.fr)).toHaveLength(texts(VMC_MESSAGES.en).length);
    for (const line of texts(VMC_MESSAGES.fr)) {
      expect(line).not.toMatch(/\p{L}'\p{L}/u);
      expect(line).not.toMatch(/(?<![\s\u202f\u00a0])[:;?!]/u);
    }
  });

  it('name the fields and the impossible inputs by their labels, a skipped record by type, id and code', () => {
    const fr = renderVmcSummary(REPORT, 'fr', true);
    expect(fr).toContain('Lues : 5 fiches (contacts 3, comptes 2)');
    expect(fr).toContain('Écrites : 3   Inchangées : 1   Erreurs : 1');
    expect(fr).toContain('Champs écrits : VMC nette (CA) 3 · VMC calculée le 3');
    expect(fr).toContain('Valeurs vidées par une donnée impossible (« n/a » dans le panneau) : 2 fiches : Taux de conversion 2 · Historique d’achats 1');
    expect(fr).toContain('  Account a1 : ESPO_FIELDS_NOT_STORED (autoCibleVmcBrute) — écriture refusée ou en échec');
    const en = renderVmcSummary({ ...REPORT, dryRun: true }, 'en', true);
    expect(en).toContain('To write: 3   Unchanged: 1   Errors: 1');
    expect(en).toContain('Fields to write: Net customer value (revenue) 3 · Customer value computed at 3');
  });
});
