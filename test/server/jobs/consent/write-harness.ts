/**
 * The retention population behind both gateways, with what the writing consent jobs need on top: the
 * updates they sent (attributes included) and a way to type an edit "in EspoCRM" without it counting as a
 * job's write.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConsentHistory } from '../../../../src/core/consent';
import type { ConsentEvent } from '../../../../src/core/consent';
import { MemoryGateway } from '../../../../src/server/espo';
import type { server as mswServer } from '../../../msw/server';
import type { Harness } from '../retention/harness';
import { memoryHarness, restHarness } from '../retention/harness';
import { declareTextFields } from './text-fields';

export interface SentUpdate {
  readonly entityType: string;
  readonly id: string;
  readonly attributes: Readonly<Record<string, unknown>>;
}

export interface WriteHarness extends Harness {
  /** Updates the jobs sent, in order. */
  updates(): SentUpdate[];
  /** An edit a user typed in EspoCRM. */
  edit(entityType: string, id: string, values: Readonly<Record<string, unknown>>): Promise<void>;
  /** The stored consent history of a record. */
  history(entityType: string, id: string): Promise<readonly ConsentEvent[]>;
}

function withHistory(harness: Harness, rest: Omit<WriteHarness, keyof Harness | 'history'>): WriteHarness {
  return {
    ...harness,
    ...rest,
    history: async (entityType, id) => parseConsentHistory((await harness.record(entityType, id))?.autoCibleConsentHistory),
  };
}

export function memoryWriteHarness(): WriteHarness {
  const harness = memoryHarness();
  const gateway = harness.gateway;
  if (!(gateway instanceof MemoryGateway)) throw new TypeError('the memory harness has a MemoryGateway');
  return withHistory(harness, {
    updates: () => gateway.writes.flatMap((w) => (w.kind === 'update' ? [{ entityType: w.entityType, id: w.id, attributes: w.changed }] : [])),
    edit: async (entityType, id, values) => {
      const record = await gateway.get(entityType, id);
      gateway.insert(entityType, { ...record, ...values });
    },
  });
}

/**
 * The write harness on the fake EspoCRM, with the fake itself (its base URL for a command's connection settings).
 * The catalogue's text fields are declared, so list calls cut them as EspoCRM's do.
 */
export function restWriteHarness(server: typeof mswServer): WriteHarness & { readonly fake: ReturnType<typeof restHarness>['fake'] } {
  const harness = restHarness(server);
  declareTextFields(harness.fake);
  return { fake: harness.fake, ...withHistory(harness, {
    updates: () => harness.fake.writes.flatMap((w) => (w.kind === 'update' ? [{ entityType: w.entityType, id: w.id, attributes: w.attributes ?? {} }] : [])),
    edit: async (entityType, id, values) => {
      const record = harness.fake.store.find(entityType, id);
      if (record === undefined) throw new TypeError(`no ${entityType} ${id} in the fake`);
      Object.assign(record, values);
    },
  }) };
}

/** Both gateways, for `describe.each`. */
export function writeHarnesses(server: typeof mswServer): [string, () => WriteHarness][] {
  return [
    ['memory gateway', memoryWriteHarness],
    ['REST gateway against the fake EspoCRM', () => restWriteHarness(server)],
  ];
}

/** Writes a consent file in a fresh directory and returns its path. */
export async function consentFile(lines: readonly string[], name = 'consentements-salon-2026.csv'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autocible-consent-'));
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8');
  return path;
}
