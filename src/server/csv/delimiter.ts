/**
 * Guesses the separator from the header line: French spreadsheets export `;` (the comma being the
 * decimal separator), everything else `,`. Only the first 64 KiB are read.
 */
import { open } from 'node:fs/promises';

export type CsvDelimiter = ',' | ';' | '\t';

export function delimiterOfHeader(headerLine: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

export async function sniffDelimiter(path: string): Promise<CsvDelimiter> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    return delimiterOfHeader(text.split(/\r?\n/, 1)[0] ?? '');
  } finally {
    await handle.close();
  }
}
