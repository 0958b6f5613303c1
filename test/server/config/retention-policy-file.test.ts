import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { configProblemLines } from '../../../src/server/cli/config-problem-text';
import { ConfigError, loadRetentionPolicy } from '../../../src/server/config';
import type { ConfigProblem } from '../../../src/server/config';

async function policyFile(name: string, content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'policy-')), name);
  await writeFile(path, content);
  return path;
}

async function problemsOf(path: string): Promise<readonly ConfigProblem[]> {
  const error: unknown = await loadRetentionPolicy(path).then(() => null, (e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error('expected a ConfigError');
  return error.problems;
}

describe('loadRetentionPolicy', () => {
  it('reads a JSON policy, the missing durations taking the référentiel defaults', async () => {
    expect(await loadRetentionPolicy(await policyFile('policy.json', '{"prospectMonths": 24}'))).toEqual({ prospectMonths: 24, customerMonths: 36, repermissionDays: 30 });
  });

  it('reads a YAML policy with its justification', async () => {
    const path = await policyFile('policy.yaml', 'customerMonths: 60\njustification: Garantie constructeur de 5 ans sur les VN\n');
    expect(await loadRetentionPolicy(path)).toEqual({ prospectMonths: 36, customerMonths: 60, repermissionDays: 30, justification: 'Garantie constructeur de 5 ans sur les VN' });
  });

  it('lists every problem by file and key', async () => {
    const path = await policyFile('policy.json', '{"prospectMonths": 0, "customerMonths": 48, "retentionYears": 3}');
    const problems = await problemsOf(path);
    expect(problems.map((p) => p.variable).sort()).toEqual([path, `${path}#justification`, `${path}#prospectMonths`].sort());
    expect(problems.find((p) => p.variable === path)?.problem).toContain('retentionYears');
  });

  it('asks for a justification when a duration is longer than the référentiel', async () => {
    const path = await policyFile('policy.json', '{"customerMonths": 48}');
    expect((await problemsOf(path)).map((p) => p.variable)).toEqual([`${path}#justification`]);
  });

  it('says which file cannot be read or parsed', async () => {
    expect((await problemsOf('/nonexistent/policy.json')).map((p) => [p.variable, p.problem])).toEqual([['/nonexistent/policy.json', 'cannot be read']]);
    const broken = await policyFile('policy.json', '{"prospectMonths": ');
    expect((await problemsOf(broken))[0]?.variable).toBe(broken);
  });

  it('gives each problem its reason, worded in French and English without a value of the file', async () => {
    const path = await policyFile('policy.yaml', 'prospectMonths: 0\ncustomerMonths: 48\nretentionYears: 3\n');
    const problems = await problemsOf(path);
    expect(problems.map((p) => (p.code === 'policyInvalid' ? [p.variable, p.reason] : []))).toEqual([
      [`${path}#prospectMonths`, { kind: 'tooSmall', minimum: 1, text: false }],
      [path, { kind: 'unknownKeys', keys: ['retentionYears'] }],
      [`${path}#justification`, { kind: 'justificationRequired', longer: [{ key: 'customerMonths', months: 36 }] }],
    ]);
    const fr = configProblemLines(problems, 'fr');
    expect(fr[0]).toMatch(new RegExp(`^${path}#prospectMonths : doit valoir au moins 1\\. Les durées`));
    expect(fr[1]).toContain(' : contient des clés inconnues (retentionYears).');
    expect(fr[2]).toContain('#justification : est obligatoire, car customerMonths dépasse les 36 mois du référentiel de la CNIL ; '
      + 'indiquez pourquoi les données sont conservées plus longtemps.');
    const en = configProblemLines(problems, 'en');
    expect(en[2]).toContain('#justification: is required when customerMonths exceeds the CNIL référentiel\'s 36 months: say why the data is kept longer.');
    for (const line of [...fr, ...en]) expect(line).not.toMatch(/\b48\b/u);
  });

  it('names both durations when both are longer than the référentiel, a duration that is not whole, and an empty justification', async () => {
    const both = await policyFile('policy.json', '{"prospectMonths": 40, "customerMonths": 60}');
    const [problem] = await problemsOf(both);
    expect(configProblemLines(problem === undefined ? [] : [problem], 'fr')[0])
      .toContain('car prospectMonths dépasse les 36 mois du référentiel de la CNIL et customerMonths dépasse les 36 mois du référentiel de la CNIL ;');
    const fraction = await policyFile('policy.yaml', 'repermissionDays: 2.5\n');
    expect(configProblemLines(await problemsOf(fraction), 'fr')).toEqual([expect.stringContaining('#repermissionDays : doit être un nombre entier.')]);
    const empty = await policyFile('policy.json', '{"customerMonths": 60, "justification": "  "}');
    expect(configProblemLines(await problemsOf(empty), 'fr')).toEqual([expect.stringContaining('#justification : ne doit pas être vide.')]);
  });
});
