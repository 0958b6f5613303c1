import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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

  it('adds the records of each delivery to those the file holds', async () => {
    const { state } = await store();
    await state.update(KEY, () => ({ pending: { Contact: ['c1'] } }));
    const pending = new PendingRecords(state, KEY);
    pending.restored((await state.read(KEY)).pending);
    expect(await pending.received(contacts(['c2']), () => 'queued')).toBe('queued');
    await pending.received({ ...NO_TARGETS, AutoCibleVehicle: ['v1'] }, () => undefined);
    expect((await state.read(KEY)).pending).toEqual({ Contact: ['c1', 'c2'], Lead: [], Account: [], AutoCibleVehicle: ['v1'] });
  });

  it('keeps in the file a record named again while a run rescored it: that run may not have read the edit', async () => {
    const { state } = await store();
    const pending = new PendingRecords(state, KEY);
    pending.restored(undefined);
    await pending.received(contacts(['c1', 'c2']), () => undefined);
    await pending.rescored(contacts(['c1', 'c2']), () => contacts(['c2']));
    expect((await state.read(KEY)).pending?.Contact).toEqual(['c2']);
  });

  it('does not queue the records of a delivery it could not save', async () => {
    const { path } = await store();
    // The state file's folder is a file: nothing can be written under it.
    await writeFile(path, '');
    const pending = new PendingRecords(new ScoreStateStore(join(path, 'state.json')), KEY);
    let queued = false;
    await expect(pending.received(contacts(['c1']), () => {
      queued = true;
    })).rejects.toThrow();
    expect(queued).toBe(false);
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
