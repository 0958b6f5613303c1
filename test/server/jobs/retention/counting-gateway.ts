import { MemoryGateway } from '../../../../src/server/espo';
import type { CallOptions, EspoRecord, GatewayIterateOptions } from '../../../../src/server/espo';

/** The memory gateway, counting the reads it answers: `list Email` per list call, `get Contact/<id>` per record read. */
export class CountingGateway extends MemoryGateway {
  readonly reads: string[] = [];

  override iterate(entityType: string, options: GatewayIterateOptions): AsyncIterable<EspoRecord> {
    this.reads.push(`list ${entityType}`);
    return super.iterate(entityType, options);
  }

  override async get(entityType: string, id: string, options?: CallOptions): Promise<EspoRecord | null> {
    this.reads.push(`get ${entityType}/${id}`);
    return super.get(entityType, id, options);
  }

  /** The reads since `mark` (an earlier `reads.length`). */
  since(mark: number): string[] {
    return this.reads.slice(mark);
  }
}
