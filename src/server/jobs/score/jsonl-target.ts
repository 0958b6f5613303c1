import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ScoreTarget } from './types';

/**
 * Offline runs (`--out file.jsonl`): each write becomes one line `{"entityType","id","changed"}`, the PATCH the
 * job would send to EspoCRM. The file is replaced at each run.
 */
export class JsonlTarget implements ScoreTarget {
  private readonly stream: WriteStream;
  private drain: Promise<void> | undefined;
  lines = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void> {
    this.lines += 1;
    // A batch writes concurrently: one shared wait for 'drain' rather than one listener per write.
    if (!this.stream.write(`${JSON.stringify({ entityType, id, changed })}\n`)) {
      this.drain ??= once(this.stream, 'drain').then(() => {
        this.drain = undefined;
      });
    }
    if (this.drain !== undefined) await this.drain;
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
