/** `opposition check|add|remove` find an entry an older AutoCible listed an overseas number under (a `+33…` key). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureInstallationSalt, installationHash } from '../../../src/server/audit';
import { changeOpposition, checkOpposition, OPPOSITION_FILE, OppositionList } from '../../../src/server/opposition';

const NATIONAL = '0691 23 45 67';
/** The key AutoCible ≤ 0.2.2 gave that number: the metropolitan code. */
const OLD_FORM = 'phone:+33691234567';

async function listedTheOldWay(): Promise<string> {
  const stateDir = await mkdtemp(join(tmpdir(), 'autocible-legacy-'));
  const hash = installationHash(await ensureInstallationSalt(stateDir));
  const list = await OppositionList.load(join(stateDir, OPPOSITION_FILE));
  await list.add([{ kind: 'phone', key: hash(OLD_FORM) }], '2026-01-05', 'objection');
  return stateDir;
}

const actor = { apiUserId: null, osUser: 'dpo' };

describe('an overseas number listed by AutoCible ≤ 0.2.2', () => {
  it('is found by check, as dictated and as EspoCRM stores it', async () => {
    const stateDir = await listedTheOldWay();
    for (const phone of [NATIONAL, '+590 691 23 45 67']) {
      const { lines } = await checkOpposition({ stateDir, identifiers: { phones: [phone] } });
      expect(lines[0], phone).toMatchObject({ listed: true, addedOn: '2026-01-05', reason: 'objection' });
    }
  });

  it('is not added again, and remove takes the old entry off', async () => {
    const stateDir = await listedTheOldWay();
    const options = { stateDir, identifiers: { phones: [NATIONAL] }, today: '2026-06-30', dryRun: false, actor };
    expect((await changeOpposition({ ...options, change: 'add' })).lines[0]?.action).toBe('alreadyListed');
    expect((await changeOpposition({ ...options, change: 'remove' })).lines[0]?.action).toBe('removed');
    expect((await checkOpposition({ stateDir, identifiers: { phones: [NATIONAL] } })).lines[0]?.listed).toBe(false);
  });
});
