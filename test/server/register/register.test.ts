import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, HOST_ATTRIBUTES } from '../../../src/core/catalogue';
import { EXAMPLE_REGISTER_CONFIG } from '../../../src/server/cli/commands/register';
import {
  CNIL_FIELDS, loadRegisterConfig, ORGANISATION_FIELDS, personalDataInventory, REGISTER_FILES, RegisterConfigError, writeRegister,
} from '../../../src/server/register';

async function generate(lang: 'fr' | 'en') {
  const outDir = await mkdtemp(join(tmpdir(), 'autocible-register-'));
  await writeRegister({ config: await loadRegisterConfig(EXAMPLE_REGISTER_CONFIG), outDir, lang, generatedOn: '2026-06-30' });
  const read = (name: string) => readFile(join(outDir, name), 'utf8');
  return { markdown: await read(REGISTER_FILES.markdown), activities: await read(REGISTER_FILES.activities), data: await read(REGISTER_FILES.inventory) };
}

/** Every personal-data field, straight from the catalogue and the host list (not from the code under test). */
function personalFields(): { entityType: string; field: string }[] {
  const fields = new Set<string>();
  for (const entity of CATALOGUE) {
    for (const f of entity.fields) if (f.isPersonalData) fields.add(`${entity.entityType}.${f.name}`);
    for (const a of HOST_ATTRIBUTES[entity.entityType]) if (a.isPersonalData) fields.add(`${entity.entityType}.${a.field}`);
  }
  return [...fields].map((key) => ({ entityType: key.split('.')[0] ?? '', field: key.split('.')[1] ?? '' }));
}

describe.each(['fr', 'en'] as const)('the Art. 30 register in %s', (lang) => {
  it('shows every field of the CNIL model for every activity, and the organisation', async () => {
    const { markdown } = await generate(lang);
    const config = await loadRegisterConfig(EXAMPLE_REGISTER_CONFIG);
    for (const label of Object.values(ORGANISATION_FIELDS)) expect(markdown).toContain(`**${label[lang]}**`);
    const sections = markdown.split('\n### ').slice(1);
    expect(sections).toHaveLength(config.activities.length);
    for (const section of sections) for (const label of Object.values(CNIL_FIELDS)) expect(section).toContain(`| ${label[lang]} | `);
  });

  it('has one CSV column per CNIL field and one row per activity', async () => {
    const rows = parse((await generate(lang)).activities) as string[][];
    expect(rows[0]).toEqual(Object.values(CNIL_FIELDS).map((label) => label[lang]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['gestion-clients', 'prospection-b2c', 'prospection-b2b-flottes', 'atelier-sav', 'financement-assurance', 'droits-oppositions']);
  });

  it('records the opposition list as a processing of its own, with its legal basis and its 3-year retention', async () => {
    const { markdown } = await generate(lang);
    const section = markdown.slice(markdown.indexOf('`droits-oppositions`'));
    expect(section).toContain(lang === 'fr' ? 'Obligation légale (RGPD art. 6.1.c' : 'Legal obligation (GDPR art. 6(1)(c)');
    expect(section).toContain(lang === 'fr' ? 'au moins 3 ans à compter de l’opposition' : 'at least 3 years from the objection');
  });

  it('lists every personal-data field of the catalogue and the host with its retention', async () => {
    const { markdown, data } = await generate(lang);
    const rows = parse(data, { columns: false }) as string[][];
    const listed = new Set(rows.slice(1).map((row) => `${row[0]}.${row[1]}`));
    for (const { entityType, field } of personalFields()) {
      expect(listed.has(`${entityType}.${field}`)).toBe(true);
      expect(markdown).toContain(`\`${field}\``);
    }
    expect(rows.slice(1).every((row) => (row[5] ?? '') !== '')).toBe(true);
  });
});

describe('register content', () => {
  it('states the CNIL retention of a person from the policy, in years', async () => {
    const { markdown } = await generate('fr');
    expect(markdown).toContain('Prospect : 3 ans après la collecte ou le dernier contact venant de lui');
  });

  it('names the fields each activity processes, by category', async () => {
    const { markdown } = await generate('en');
    const b2c = markdown.split('\n### ').find((section) => section.includes('`prospection-b2c`')) ?? '';
    expect(b2c).toContain('Date of birth (Contact)');
    expect(b2c).not.toContain('Registration plate');
  });

  it('lists each field of an entity once, even when the host and the catalogue both know it', () => {
    const keys = personalDataInventory().map((f) => `${f.entityType}.${f.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => key === 'Contact.name')).toHaveLength(1);
  });

  it('rejects a configuration without purposes, naming the path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-register-'));
    const config = JSON.parse(await readFile(EXAMPLE_REGISTER_CONFIG, 'utf8')) as { activities: Record<string, unknown>[] };
    config.activities[1] = { ...config.activities[1], purposes: [] };
    await writeFile(join(dir, 'register.json'), JSON.stringify(config));
    const error = await loadRegisterConfig(join(dir, 'register.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterConfigError);
    expect(error).toMatchObject({ issues: [{ path: 'activities.1.purposes' }] });
  });
});
