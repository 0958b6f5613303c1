import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TARGETS, PendingRecords } from '../../../src/server/serve';
import { ScoreStateStore } from '../../../src/server/state';
import { tempDir } from '../jobs/score/fixtures';

const KEY = 'memory:pending';
const contacts = (ids: string[]) => ({ ...NO_TARGETS, Contact: ids });

async function store() {
  const path = join(await tempDir(), 'state.json');
  return { path, state: new ScoreStateStore(path) };
}

describe('pending records in the state file', () => {
  it('keeps the restored records until a run has rescored them, then removes the entry', async () => {
    const { state } = await store();
    await state.update(KEY, () => ({ lastSuccessfulRunAt: '2025-03-15T08:00:00.000Z', pending: { Contact: ['c1', 'c2'], AutoCibleVehicle: ['v1'] } }));
    const pending = new PendingRecords(state, KEY);
    expect(pending.restored((await state.read(KEY)).pending)).toEqual({ ...contacts(['c1', 'c2']), AutoCibleVehicle: ['v1'] });
    await pending.rescored(contacts(['c1', 'c9']));
    expect((await state.read(KEY)).pending).toEqual({ Contact: ['c2'], Lead: [], Account: [], AutoCibleVehicle: ['v1'] });
    await pending.rescored({ ...contacts(['c2']), AutoCibleVehicle: ['v1'] });
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: '2025-03-15T08:00:00.000Z' });
  });

  it('replaces the entry at each save, removes it when nothing is left, and writes nothing when there never was one', async () => {
    const { path, state } = await store();
    const pending = new PendingRecords(state, KEY);
    pending.restored(undefined);
    await pending.save(NO_TARGETS);
    await pending.rescored(contacts(['c1']));
    expect(existsSync(path)).toBe(false);
    await pending.save(contacts(['c1', 'c2']));
    await pending.save(contacts(['c2']));
    expect((await state.read(KEY)).pending?.Contact).toEqual(['c2']);
    await pending.save(NO_TARGETS);
    expect((await state.read(KEY)).pending).toBeUndefined();
  });

  it('removes an empty entry left by an earlier version', async () => {
    const { state } = await store();
    await state.update(KEY, () => ({ pending: {} }));
    const pending = new PendingRecords(state, KEY);
    pending.restored((await state.read(KEY)).pending);
    await pending.save(NO_TARGETS);
    expect(await state.read(KEY)).toEqual({});
  });
});
