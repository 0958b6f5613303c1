import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/server/cli/commands/serve';
import { main } from '../../../src/server/cli/main';
import { sink } from '../../support/streams';
import { runCli } from '../jobs/retention/cli-run';

/** Mistakes of several kinds: the id's format, a field's bound, a rule's type, an unknown fact and enum code. */
const BAD_MODEL = `id: Modele_Garage
version: 2026.1.0
name: { fr: Garage, en: Garage }
appliesTo: { customerKinds: [PARTICULIER], entityTypes: [Contact] }
grades: { A: 50, B: 35, C: 0 }
combine: { fitWeight: 40, engagementWeight: 60 }
decay: { halfLifeDays: 60 }
rules:
  - id: vehicule-ancien
    axis: fit
    when: { fact: ageVehicule, operator: greaterThan, value: 4 }
    points: 2.5
    reason: { fr: "Véhicule ancien", en: "Old vehicle" }
  - id: flotte
    axis: fit
    when: { fact: fleetBand, operator: in, value: [F3] }
    points: 10
    reason: { fr: "Flotte", en: "Fleet" }
`;

async function modelDir(text: string): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'autocible-model-'));
  await writeFile(join(cwd, 'modele.yaml'), text);
  return cwd;
}

async function run(argv: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), env: {}, isTty: false, cwd });
  return { code, out: out.join(''), err: err.join('') };
}

describe('a --model file that does not validate', () => {
  it('is reported in French under --lang fr, one problem a line naming the rule and the field', async () => {
    const cwd = await modelDir(BAD_MODEL);
    const fr = await run(['score', '--model', 'modele.yaml', '--offline', '--lang', 'fr'], cwd);
    expect(fr.code).toBe(1);
    expect(fr.err).toBe([
      `Modèle de score invalide (${join(cwd, 'modele.yaml')}) :`,
      '  • id : doit être en kebab-case : lettres minuscules, chiffres et tirets',
      '  • grades.C : doit être supérieur ou égal à 1',
      '  • règle « vehicule-ancien » : points : doit être un nombre entier',
      '  • règle « vehicule-ancien » : le fait « ageVehicule » est inconnu',
      '  • règle « flotte » : la valeur « F3 » n’est pas un code du fait « fleetBand » (l’un de F0, F1, F2_4, F5_9, F10_49, F50_99, F100P)',
      '',
    ].join('\n'));
  });

  it('is reported in English under --lang en', async () => {
    const cwd = await modelDir(BAD_MODEL);
    const en = await run(['score', '--model', 'modele.yaml', '--offline', '--lang', 'en'], cwd);
    expect(en.code).toBe(1);
    expect(en.err.split('\n').slice(0, 4)).toEqual([
      `Invalid scoring model (${join(cwd, 'modele.yaml')}):`,
      '  • id: must be kebab-case: lower-case letters, digits and dashes',
      '  • grades.C: must be at least 1',
      '  • rule "vehicule-ancien": points: must be a whole number',
    ]);
    expect(en.err).not.toMatch(/Too small|Invalid input|expected int/u);
  });

  it('says where a file is not YAML, without quoting it', async () => {
    const cwd = await modelDir('id: garage-dupont\nrules: [\n  - secret\n');
    const fr = await run(['score', '--model', 'modele.yaml', '--offline', '--lang', 'fr'], cwd);
    expect(fr.code).toBe(1);
    expect(fr.err).toMatch(/^Modèle de score invalide \(.+\) :\n {2}• le fichier n’est pas du YAML valide \(ligne \d+, colonne \d+/u);
    expect(fr.err).not.toContain('secret');
  });

  it('names a --model file that cannot be read, in each language', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-model-'));
    const fr = await run(['score', '--model', 'absent.yaml', '--offline', '--lang', 'fr'], cwd);
    expect(fr).toMatchObject({ code: 1, err: `Impossible de lire le fichier de --model ${join(cwd, 'absent.yaml')} (ENOENT) : vérifiez le chemin.\n` });
    const en = await run(['score', '--model', 'absent.yaml', '--offline', '--lang', 'en'], cwd);
    expect(en.err).toBe(`Cannot read the --model file ${join(cwd, 'absent.yaml')} (ENOENT): check the path.\n`);
  });

  it('stops serve from starting with the same French text', async () => {
    const cwd = await modelDir(BAD_MODEL);
    const env = { ESPO_URL: 'http://127.0.0.1:9', ESPO_API_KEY: 'test-key' };
    const fr = await runCli(serveCommand, ['serve', '--port', '0', '--model', 'modele.yaml'], { cwd, env, lang: 'fr' });
    expect(fr.exitCode).toBe(1);
    expect(fr.stderr).toContain(`Modèle de score invalide (${join(cwd, 'modele.yaml')}) :\n  • id : doit être en kebab-case`);
    expect(fr.stderr).toContain('  • règle « vehicule-ancien » : le fait « ageVehicule » est inconnu');
  });
});
