import { describe, expect, it } from 'vitest';
import { CsvFileError, CsvHeaderError, entitySpec, PERSONAL_PLACEHOLDER, readCsv } from '../../../src/server/csv';
import { readAll, records, rejected, warnings, writeFixture } from './fixtures';

const ID = '6a0000000000000a1';

describe('readCsv with a French spreadsheet export', () => {
  it('maps French headers, DD/MM/YYYY dates, decimal commas and labels to API values', async () => {
    const path = await writeFixture('vehicules.csv', [
      '\uFEFFIdentifiant;Nom;Marque;Énergie (P.3);Date de mise en circulation;Kilométrage;Mensualité (€ TTC);Genre national (J.1)',
      `${ID};Renault Clio AB-123-CD;Renault;Gazole;15/03/2021;45 000;312,45;VP`,
    ].join('\r\n'));
    const items = await readAll(path, 'AutoCibleVehicle');
    expect(warnings(items)).toEqual([]);
    expect(rejected(items)).toEqual([]);
    expect(records(items)).toEqual([{
      type: 'record',
      line: 2,
      record: { id: ID, name: 'Renault Clio AB-123-CD', brand: 'RENAULT', energyCode: 'GO', mecDate: '2021-03-15', mileage: 45000, monthlyPayment: 312.45, genre: 'VP' },
    }]);
  });

  it('strips a UTF-8 byte order mark from the first header', async () => {
    const path = await writeFixture('contacts.csv', `\uFEFFid,lastName\n${ID},Martin\n`);
    const items = await readAll(path, 'Contact');
    expect(warnings(items)).toEqual([]);
    expect(records(items).map((r) => r.record)).toEqual([{ id: ID, lastName: 'Martin' }]);
  });
});

describe('readCsv with bad rows', () => {
  const text = [
    'id,lastName,autoCibleCsp,autoCibleLifecycleStage,autoCibleChildrenCount',
    `${ID},Martin,Cadre,Client,2`,
    `6a0000000000000a2,,Cadre,Client,1`,
    `6a0000000000000a3,Durand,Astronaute,Planète,1`,
    `6a0000000000000a4,Petit,,Prospect,-3`,
    `6a0000000000000a5,Leroy,Employé,Suspect,0`,
  ].join('\n');

  it('reports each bad row with its line, column as written and reason, and keeps reading', async () => {
    const items = await readAll(await writeFixture('contacts.csv', text), 'Contact');
    expect(records(items).map((r) => r.line)).toEqual([2, 6]);
    const issues = rejected(items).flatMap((r) => r.issues);
    expect(issues.map((i) => [i.line, i.column, i.attribute, i.code])).toEqual([
      [3, 'lastName', 'lastName', 'required'],
      [4, 'autoCibleCsp', 'autoCibleCsp', 'invalidValue'],
      [4, 'autoCibleLifecycleStage', 'autoCibleLifecycleStage', 'invalidValue'],
      [5, 'autoCibleChildrenCount', 'autoCibleChildrenCount', 'invalidValue'],
    ]);
    expect(issues.every((i) => i.file === 'contacts.csv' && i.severity === 'error')).toBe(true);
  });

  it('never puts the value of a personal-data column in a reason, in either language', async () => {
    const items = await readAll(await writeFixture('contacts.csv', text), 'Contact');
    const issues = rejected(items).flatMap((r) => r.issues);
    const csp = issues.find((i) => i.attribute === 'autoCibleCsp');
    expect(csp?.reason).toEqual({ fr: `option inconnue ${PERSONAL_PLACEHOLDER.fr}`, en: `unknown option ${PERSONAL_PLACEHOLDER.en}` });
    // The lifecycle stage is not personal data: its value helps fix the file.
    expect(issues.find((i) => i.attribute === 'autoCibleLifecycleStage')?.reason).toEqual({ fr: 'option inconnue « Planète »', en: 'unknown option "Planète"' });
  });

  it('words the empty required cell and a catalogue range in French and English', async () => {
    const issues = rejected(await readAll(await writeFixture('contacts.csv', text), 'Contact')).flatMap((r) => r.issues);
    expect(issues.find((i) => i.code === 'required')?.reason).toEqual({ fr: 'valeur obligatoire vide', en: 'required value is empty' });
    expect(issues.find((i) => i.attribute === 'autoCibleChildrenCount')?.reason).toEqual({ fr: 'doit être supérieur ou égal à 0', en: 'must be at least 0' });
  });

  it('rejects an e-mail address or a phone number it cannot read, without showing it', async () => {
    const path = await writeFixture('contacts.csv', `id,lastName,emailAddress,phoneNumber\n${ID},Martin,jean.secret@@exemple.fr,06-PRIVATE-99\n6a0000000000000a2,Petit,lea@exemple.fr,+33 6 12 34 56 78\n`);
    const items = await readAll(path, 'Contact');
    const issues = rejected(items).flatMap((r) => r.issues);
    expect(issues.map((i) => [i.line, i.attribute, i.reason.en])).toEqual([
      [2, 'emailAddress', 'invalid e-mail address'],
      [2, 'phoneNumber', 'invalid phone number (06 12 34 56 78 or +33 6 12 34 56 78)'],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/secret|PRIVATE/u);
    expect(records(items).map((r) => r.line)).toEqual([3]);
  });

  it('rejects a row whose cell count differs from the header', async () => {
    const path = await writeFixture('contacts.csv', `id,lastName\n${ID},Martin,extra\n6a0000000000000a2,Petit\n`);
    const items = await readAll(path, 'Contact');
    expect(rejected(items).map((r) => [r.line, r.issues[0]?.code, r.issues[0]?.reason])).toEqual([
      [2, 'columnCount', { fr: '3 cellules pour 2 colonnes', en: '3 cells for 2 columns' }],
    ]);
    expect(records(items).map((r) => r.line)).toEqual([3]);
  });

  it('says how far a row opened by a stray quote runs, so the rows it swallowed are not lost from sight', async () => {
    const lines = ['id,lastName,firstName', `${ID},"Martin,Léa`, '6a0000000000000a2,Petit,Jean', '6a0000000000000a3,Durand",Zoé,Paris', '6a0000000000000a4,Leroy,Anne'];
    const items = await readAll(await writeFixture('contacts.csv', `${lines.join('\n')}\n`), 'Contact');
    expect(rejected(items).map((r) => [r.line, r.issues[0]?.code, r.issues[0]?.reason.en])).toEqual([
      [2, 'columnCount', '4 cells for 3 columns; the row runs on to line 4 (a quote opened and never closed?): the lines up to it are part of it'],
    ]);
    expect(rejected(items)[0]?.issues[0]?.reason.fr).toBe('4 cellules pour 3 colonnes ; la ligne se poursuit jusqu’à la ligne 4 (guillemet ouvert sans être fermé ?) : les lignes suivantes y sont comprises');
    expect(records(items).map((r) => r.line)).toEqual([5]);
  });

  it('reports an unterminated quote without losing the rows before it', async () => {
    const path = await writeFixture('contacts.csv', `id,lastName\n${ID},Martin\n6a0000000000000a2,"Petit\n`);
    const items = await readAll(path, 'Contact');
    expect(records(items).map((r) => r.record.lastName)).toEqual(['Martin']);
    expect(rejected(items).map((r) => [r.issues[0]?.code, r.issues[0]?.reason])).toEqual([
      ['malformedRow', { fr: 'erreur de syntaxe CSV (CSV_QUOTE_NOT_CLOSED)', en: 'CSV syntax error (CSV_QUOTE_NOT_CLOSED)' }],
    ]);
  });
});

describe('readCsv for a reader that needs one attribute', () => {
  const text = [
    'id,lastName,accountId,autoCibleCsp',
    `${ID},Martin,6a00000000000aaa1,Cadre`,
    `6a0000000000000a2,Petit,,Astronaute`,
    `6a0000000000000a3,Durand,  ,Cadre`,
    `6a0000000000000a4,,6a00000000000aaa2,Cadre`,
    `6a0000000000000a5,Leroy,6a00000000000aaa3`,
  ].join('\n');

  it('passes over the rows without a value there, unconverted, and keeps the line numbers of the others', async () => {
    const items = await readAll(await writeFixture('contacts.csv', text), 'Contact', { onlyWith: 'accountId' });
    expect(records(items).map((r) => [r.line, r.record.accountId])).toEqual([[2, '6a00000000000aaa1']]);
    // Rows 3 and 4 are bad too, but have no account: not even checked.
    expect(rejected(items).map((r) => [r.line, r.issues[0]?.code])).toEqual([[5, 'required'], [6, 'columnCount']]);
  });

  it('passes over every row when the file has no such column', async () => {
    const items = await readAll(await writeFixture('contacts.csv', `id,lastName\n${ID},Martin\n`), 'Contact', { onlyWith: 'accountId' });
    expect([records(items), rejected(items)]).toEqual([[], []]);
  });
});

describe('readCsv quoting', () => {
  it('reads RFC 4180 quoted cells and counts lines across quoted line breaks', async () => {
    const path = await writeFixture('contacts.csv', [
      'id,lastName,addressStreet,autoCibleLegalHoldReason',
      `${ID},"Martin, dit ""Le Grand""","12 rue de la Paix\nBâtiment B",`,
      '6a0000000000000a2,,rue Pasteur,',
      '',
      '6a0000000000000a3,Petit,"a,b",',
    ].join('\n'));
    const items = await readAll(path, 'Contact');
    expect(records(items).map((r) => [r.line, r.record.lastName, r.record.addressStreet])).toEqual([
      [2, 'Martin, dit "Le Grand"', '12 rue de la Paix\nBâtiment B'],
      [6, 'Petit', 'a,b'],
    ]);
    expect(rejected(items).map((r) => r.line)).toEqual([4]);
  });

  it('turns multi-valued cells separated by | into arrays of codes', async () => {
    const path = await writeFixture('accounts.csv', `id,name,autoCibleFleetBrands\n${ID},Transports Martin,RENAULT|Peugeot|VW\n`);
    const items = await readAll(path, 'Account');
    expect(records(items)[0]?.record.autoCibleFleetBrands).toEqual(['RENAULT', 'PEUGEOT', 'VOLKSWAGEN']);
  });
});

describe('readCsv headers', () => {
  it('warns about an unknown column and ignores it', async () => {
    const path = await writeFixture('contacts.csv', `id,lastName,Pointure\n${ID},Martin,42\n`);
    const items = await readAll(path, 'Contact');
    expect(warnings(items).map((w) => [w.line, w.column, w.code, w.severity, w.reason])).toEqual([
      [1, 'Pointure', 'unknownColumn', 'warning', { fr: 'colonne inconnue, ignorée', en: 'unknown column, ignored' }],
    ]);
    expect(records(items)[0]?.record).toEqual({ id: ID, lastName: 'Martin' });
  });

  it('throws a header error naming duplicate columns', async () => {
    const path = await writeFixture('contacts.csv', `id,Nom,lastName\n${ID},Martin,Martin\n`);
    await expect(readAll(path, 'Contact')).rejects.toMatchObject({ file: 'contacts.csv', problems: { duplicates: ['lastName'], missingRequired: [] } });
  });

  it('throws a header error naming missing required columns', async () => {
    const path = await writeFixture('opportunities.csv', `id,name,amount\n${ID},Vente VN,20000\n`);
    const error = await readAll(path, 'Opportunity').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvHeaderError);
    expect(error).toMatchObject({ problems: { empty: false, missingRequired: ['stage', 'closeDate'] } });
  });

  it('throws a header error for an empty file', async () => {
    const path = await writeFixture('leads.csv', '');
    await expect(readAll(path, 'Lead')).rejects.toMatchObject({ file: 'leads.csv', problems: { empty: true } });
  });

  it('throws a file error for a missing file', async () => {
    const path = await writeFixture('x.csv', '');
    const error = await readAll(`${path}.missing`, 'Lead', { file: 'leads.csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFileError);
    expect(error).toMatchObject({ file: 'leads.csv', reason: 'missing' });
  });

  it('stops reading when its signal is aborted', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `6a${String(i).padStart(15, '0')},Martin`);
    const path = await writeFixture('contacts.csv', `id,lastName\n${lines.join('\n')}\n`);
    const controller = new AbortController();
    let seen = 0;
    const read = async (): Promise<void> => {
      for await (const item of readCsv(path, entitySpec('Contact'), { signal: controller.signal })) {
        if (item.type === 'record') seen += 1;
        if (seen === 10) controller.abort();
      }
    };
    await expect(read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBeLessThan(5000);
  });

  it('reads opportunities (host attributes only), keeping the EspoCRM stage as text', async () => {
    const path = await writeFixture('opportunities.csv', `Identifiant,Nom,Étape,Montant,Date de clôture\n${ID},Vente VN,Closed Won,"24 990,50",31/12/2024\n`);
    const items = await readAll(path, 'Opportunity');
    expect(records(items)[0]?.record).toEqual({ id: ID, name: 'Vente VN', stage: 'Closed Won', amount: 24990.5, closeDate: '2024-12-31' });
  });
});
