import { Writable } from 'node:stream';

/** A writable stream that appends every chunk to `chunks` (captures a command's stdout or stderr). */
export function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}
