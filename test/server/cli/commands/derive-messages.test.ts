import { describe, expect, it } from 'vitest';
import { DERIVE_MESSAGES, renderDeriveSummary } from '../../../../src/server/cli/commands/derive-messages';
import type { DeriveMessages } from '../../../../src/server/cli/commands/derive-messages';
import type { DeriveReport } from '../../../../src/server/jobs/derive';

/** Every text of one language, functions called with sample values. */
function texts(t: DeriveMessages): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (...a: unknown[]) => unknown)('x', 'y', 'z', true)));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(t);
  return out;
}

const REPORT: DeriveReport = {
  today: '2026-01-01', dryRun: false, read: 1234, written: 3, unchanged: 1229, errors: 2,
  badRecords: [
    { entityType: 'AutoCibleVehicle', id: 'v1', stage: 'source', reason: 'DERIVE_SOURCE_INVALID', fields: ['genre', 'mecDate'] },
    { entityType: 'AutoCibleVehicle', id: 'v2', stage: 'write', reason: 'ESPO_FIELDS_NOT_STORED', fields: ['nextCtDueDate'] },
  ],
  changedFields: { nextCtDueDate: 3, category: 1 }, notDerived: { nextCtDueDate: 12, energyFamily: 0 }, interrupted: false,
};

describe('the derive command’s texts', () => {
  it('exist in both languages, the French with its typography', () => {
    expect(texts(DERIVE_MESSAGES.fr)).toHaveLength(texts(DERIVE_MESSAGES.en).length);
    for (const line of texts(DERIVE_MESSAGES.fr)) {
      expect(line).not.toMatch(/\p{L}'\p{L}/u);
      expect(line).not.toMatch(/(?<![\s\u202f\u00a0])[:;?!]/u);
    }
  });

  it('name the fields by their labels in catalogue order, a skipped vehicle by type, id, fields and code', () => {
    const fr = renderDeriveSummary(REPORT, 'fr', true);
    // Thousands grouped with a narrow no-break space, as every French count of the CLI.
    expect(fr).toContain('Lus : 1\u202f234 véhicules');
    expect(fr).toContain('Écrits : 3   Inchangés : 1\u202f229   Erreurs : 2');
    expect(fr).toContain('Champs écrits : Catégorie 1 · Prochain contrôle technique 3');
    expect(fr).toContain('Laissés tels quels (source vide, ou pas de règle de contrôle technique pour la catégorie) : Prochain contrôle technique 12');
    expect(fr).toContain('Véhicules ignorés :');
    expect(fr).toContain('  AutoCibleVehicle v1 : DERIVE_SOURCE_INVALID (genre, mecDate) — valeur source illisible (genre J.1 ou code P.3 inconnu, MEC qui n’est pas une date)');
    expect(fr).toContain('  AutoCibleVehicle v2 : ESPO_FIELDS_NOT_STORED (nextCtDueDate) — écriture refusée ou en échec');
    const en = renderDeriveSummary({ ...REPORT, dryRun: true, interrupted: true }, 'en', true);
    expect(en).toContain('Read: 1,234 vehicles');
    expect(en).toContain('To write: 3   Unchanged: 1,229   Errors: 2');
    expect(en).toContain('Fields to write: Category 1 · Next roadworthiness test 3');
    expect(en.at(-1)).toBe('Interrupted: nothing was written.');
  });

  it('say a run that wrote left its vehicles up to date, and an offline one wrote nothing', () => {
    expect(renderDeriveSummary({ ...REPORT, interrupted: true }, 'en', true).at(-1)).toContain('up to date in EspoCRM');
    expect(renderDeriveSummary({ ...REPORT, interrupted: true }, 'en', false).at(-1)).toBe('Interrupted: nothing was written.');
  });
});
