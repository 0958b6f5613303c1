import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oppositionKey, oppositionKeys } from '../../../src/core/consent';
import { installationHash } from '../../../src/server/audit';
import { OppositionList } from '../../../src/server/opposition';

const hash = installationHash('a'.repeat(64));
const key = (phone: string) => oppositionKeys({ phones: [phone] }, hash)[0]?.key;
/** The key AutoCible ≤ 0.2.2 listed a number dictated as `national` under. */
const oldKey = (national: string) => hash(`phone:+33${national.replace(/\s/gu, '').slice(1)}`);

const CHANGED: readonly [string, string][] = [
  ['0691 23 45 67', '+590 691 23 45 67'],
  ['0697 12 34 56', '+596 697 12 34 56'],
  ['0263 12 34 56', '+262 263 12 34 56'],
  ['0269 61 23 45', '+262 269 61 23 45'],
];

describe('opposition keys of overseas numbers', () => {
  it.each(CHANGED)('%s (as dictated) and %s (as stored in EspoCRM) give one key', (national, e164) => {
    expect(key(national)).toBe(key(e164));
    expect(oppositionKey('phone', national, hash)?.key).toBe(oppositionKey('phone', e164, hash)?.key);
  });

  it.each(CHANGED)('a list entry made by AutoCible ≤ 0.2.2 from %s still matches %s', async (national, e164) => {
    const list = await OppositionList.load(join(await mkdtemp(join(tmpdir(), 'autocible-opp-')), 'opposition.jsonl'));
    await list.add([{ kind: 'phone', key: oldKey(national) }], '2026-01-05', 'objection');
    for (const phone of [national, e164]) expect(list.isOpposed(oppositionKeys({ phones: [phone] }, hash)), phone).toBe(true);
  });

  it('brings no extra key for other numbers', () => {
    for (const phone of ['06 12 34 56 78', '0690 12 34 56', '+590 590 12 34 56', '+32 2 123 45 67']) {
      expect(oppositionKeys({ phones: [phone] }, hash), phone).toHaveLength(1);
    }
  });
});
