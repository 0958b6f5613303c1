/** `autocible opposition` never lets an identifier out in clear: not on its streams, not in its files. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailMatchKey, normaliseEmail, normalisePhone } from '../../../src/core/consent';
import { oppositionCommand } from '../../../src/server/cli/commands/opposition';
import { runCli } from '../jobs/retention/cli-run';

const frenchPhone = fc.tuple(fc.constantFrom('06', '07', '01', '05'), fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 4 }))
  .map(([prefix, pairs]) => `${prefix} ${pairs.map((n) => String(n).padStart(2, '0')).join(' ')}`);
const e164Phone = fc.integer({ min: 10_000_000, max: 999_999_999 }).map((n) => `+44 ${n}`);

/** Every form of an identifier that would give it away, lower case. */
function clearForms(raw: string, kind: 'email' | 'phone'): string[] {
  const forms = kind === 'email' ? [raw, normaliseEmail(raw), emailMatchKey(raw)] : [raw, normalisePhone(raw), raw.replace(/\D/gu, '')];
  return forms.filter((form): form is string => form !== undefined).map((form) => form.toLowerCase());
}

describe('autocible opposition and identifiers in clear', () => {
  it('never prints nor writes an e-mail address or phone number given, only hashes in the files', async () => {
    const identifiers = fc.record({
      emails: fc.array(fc.emailAddress(), { minLength: 1, maxLength: 2 }),
      phones: fc.array(fc.oneof(frenchPhone, e164Phone), { maxLength: 2 }),
      lang: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
    });
    await fc.assert(fc.asyncProperty(identifiers, async ({ emails, phones, lang }) => {
      const cwd = await mkdtemp(join(tmpdir(), 'autocible-opp-privacy-'));
      const ids = [...emails.flatMap((e) => ['--email', e]), ...phones.flatMap((p) => ['--phone', p])];
      const runs = [];
      for (const args of [['check'], ['add', '--yes'], ['check', '--json'], ['remove'], ['remove', '--yes', '--json'], ['add', '--json']]) {
        runs.push(await runCli(oppositionCommand, ['opposition', ...args, ...ids], { cwd, lang }));
      }
      expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0, 0, 0]);
      const files = await Promise.all(['audit.jsonl', 'opposition.jsonl'].map(async (file) => readFile(join(cwd, '.autocible', file), 'utf8')));
      // A 64-digit hex hash may hold any run of digits by chance: the files are checked with their hashes taken out.
      const text = [...runs.flatMap((r) => [r.stdout, r.stderr]), ...files].join('\n').replace(/[0-9a-f]{64}/gu, '#').toLowerCase();
      const forms = [...emails.flatMap((e) => clearForms(e, 'email')), ...phones.flatMap((p) => clearForms(p, 'phone'))];
      for (const form of forms) expect(text).not.toContain(form);
    }), { numRuns: 25 });
  });
});
