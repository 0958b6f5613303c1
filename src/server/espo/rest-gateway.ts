import type { EspoClient } from './api/create-client';
import { toEspoDateTime } from './dates';
import { isEspoHttpError } from './errors/guards';
import { EspoFieldsNotStoredError } from './errors/espo-fields-not-stored-error';
import { EspoRecordNotFoundError } from './errors/espo-record-not-found-error';
import { TARGET_LIST_LINKS } from './gateway';
import type { EspoGateway, GatewayIterateOptions, GatewayNote } from './gateway';
import { where as w } from './query/where';
import type { WhereItem } from './query/where';
import type { EspoNote } from './schemas';
import type { CallOptions, EspoRecord } from './types';
import { unstoredAttributes } from './unstored-attributes';

function toGatewayNote(note: EspoNote): GatewayNote {
  return {
    id: note.id, type: note.type, parentType: note.parentType, parentId: note.parentId,
    post: note.post, createdAt: note.createdAt, createdById: note.createdById,
  };
}

function iterateWhere(options: GatewayIterateOptions): readonly WhereItem[] {
  const base = options.where ?? [];
  if (options.modifiedSince === undefined) return base;
  return [...base, w.greaterThanOrEquals('modifiedAt', toEspoDateTime(options.modifiedSince))];
}

/** Runs `run`, turning a 404 into `EspoRecordNotFoundError` for the record EspoCRM names, when it is one of `others`. */
async function notFoundAsNull<T>(entityType: string, id: string, run: () => Promise<T>, others?: { entityType: string; ids: readonly string[] }): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isEspoHttpError(error) || error.status !== 404) throw error;
    const named = /^Record (\S+) does not exist\.$/u.exec(error.statusReason ?? '')?.[1];
    if (others !== undefined && named !== undefined && others.ids.includes(named)) throw new EspoRecordNotFoundError(others.entityType, named);
    throw new EspoRecordNotFoundError(entityType, id);
  }
}

/** The gateway over the REST client. */
export class RestGateway implements EspoGateway {
  constructor(private readonly client: EspoClient) {}

  iterate(entityType: string, options: GatewayIterateOptions): AsyncIterable<EspoRecord> {
    return this.client.iterate(entityType, { select: options.select, where: iterateWhere(options), ...signalOf(options) });
  }

  async get(entityType: string, id: string, options: CallOptions = {}): Promise<EspoRecord | null> {
    try {
      return await this.client.get(entityType, id, options);
    } catch (error) {
      if (isEspoHttpError(error) && error.status === 404) return null;
      throw error;
    }
  }

  async update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>, options: CallOptions = {}): Promise<void> {
    if (Object.keys(changed).length === 0) return;
    // The jobs write their own fields, opt-outs and the unlinking of shared addresses, never a name or an
    // address that could make a duplicate: where an administrator turned on the duplicate check on update
    // (`recordDefs.{E}.updateDuplicateCheck`), its 409 must not stop a run.
    const stored = await notFoundAsNull(entityType, id, () => this.client.update(entityType, id, changed, { ...options, skipDuplicateCheck: true }));
    const unstored = unstoredAttributes(entityType, changed, stored);
    if (unstored.length > 0) throw new EspoFieldsNotStoredError(entityType, id, unstored);
  }

  async linkToTargetList(targetListId: string, entityType: keyof typeof TARGET_LIST_LINKS, ids: readonly string[], options: CallOptions = {}): Promise<void> {
    if (ids.length === 0) return;
    await notFoundAsNull('TargetList', targetListId,
      () => this.client.link('TargetList', targetListId, TARGET_LIST_LINKS[entityType], ids, options), { entityType, ids });
  }

  async erase(entityType: string, id: string, fieldList: readonly string[], options: CallOptions = {}): Promise<void> {
    await notFoundAsNull(entityType, id, () => this.client.erasePersonalData(entityType, id, fieldList, options));
  }

  async createNote(input: { parentType: string; parentId: string; post: string }, options: CallOptions = {}): Promise<GatewayNote> {
    return toGatewayNote(await this.client.createNote(input, options));
  }

  async deleteNote(id: string, options: CallOptions = {}): Promise<void> {
    await notFoundAsNull('Note', id, () => this.client.deleteNote(id, options));
  }

  async listStream(entityType: string, id: string, options: CallOptions = {}): Promise<readonly GatewayNote[]> {
    return notFoundAsNull(entityType, id, async () => {
      const notes: GatewayNote[] = [];
      for await (const page of this.client.iterateStreamPages(entityType, id, signalOf(options))) notes.push(...page.map(toGatewayNote));
      return notes;
    });
  }

  listRelated(entityType: string, id: string, link: string, options: { select: readonly string[]; where?: readonly WhereItem[]; signal?: AbortSignal }): AsyncIterable<EspoRecord> {
    return this.client.iterateRelated(entityType, id, link, {
      select: options.select, ...(options.where ? { where: options.where } : {}), ...signalOf(options),
    });
  }
}

function signalOf(options: CallOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
