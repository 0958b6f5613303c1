import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadRetentionPolicy } from '../../../src/server/config';

async function policyFile(name: string, content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'policy-')), name);
  await writeFile(path, content);
  return path;
}

async function problemsOf(path: string): Promise<readonly { variable: string; problem: string }[]> {
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
});
