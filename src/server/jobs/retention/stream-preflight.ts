/**
 * Before the first record of an entity type is erased (or previewed), its stream is read once: a role whose
 * Stream level refuses it would otherwise let every record be erased and then keep its notes, run after run.
 * Refused, the check throws `StreamAccessError` with `preflight` set, which stops the run (apply-failure.ts)
 * before that record's erase.
 */
import { isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import { readStream } from './note-cleanup';
import type { PersonEntityType } from './persons';

export class StreamPreflight {
  private readonly readable = new Set<PersonEntityType>();

  constructor(private readonly gateway: EspoGateway) {}

  /** Reads the stream of `id` unless a record of this type was read already; a record gone meanwhile proves nothing. */
  async check(entityType: PersonEntityType, id: string, signal: AbortSignal): Promise<void> {
    if (this.readable.has(entityType)) return;
    try {
      await readStream(this.gateway, entityType, id, signal, true);
      this.readable.add(entityType);
    } catch (error) {
      if (!isEspoRecordNotFoundError(error)) throw error;
    }
  }
}
