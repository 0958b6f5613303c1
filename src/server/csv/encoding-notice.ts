/**
 * What a reader says when its caller does not listen for the encoding: one line on stderr, once per file and
 * process (the `score` command reads a file several times), when the file was read as Windows-1252.
 */
import { resolve } from 'node:path';
import type { CsvEncoding } from './encoding';

const told = new Set<string>();

export function windows1252Text(file: string): string {
  return `${file} : lu en Windows-1252 (pas en UTF-8) / read as Windows-1252 (not UTF-8)`;
}

export function stderrEncodingNotice(path: string, file: string): (encoding: CsvEncoding) => void {
  return (encoding) => {
    const key = resolve(path);
    if (encoding !== 'windows-1252' || told.has(key)) return;
    told.add(key);
    process.stderr.write(`${windows1252Text(file)}\n`);
  };
}
