/**
 * What a reader says when its caller does not listen for the encoding: one line, once per file and process (the
 * `score` command reads a file several times), when the file was read as Windows-1252. The CLI says where the line
 * goes and in which language (`useEncodingNotices`); a library caller gets it on stderr in both languages.
 */
import { resolve } from 'node:path';
import type { CsvEncoding } from './encoding';

const told = new Set<string>();

/** `both`: the two languages on one line, for a caller that did not say. */
export type NoticeLang = 'fr' | 'en' | 'both';

let sink: { readonly lang: NoticeLang; readonly write: (line: string) => void } = {
  lang: 'both',
  write: (line) => void process.stderr.write(line),
};

/** The CLI's language and stderr, for the rest of the process. */
export function useEncodingNotices(lang: NoticeLang, write: (line: string) => void): void {
  sink = { lang, write };
}

export function windows1252Text(file: string, lang: NoticeLang = 'both'): string {
  const fr = `${file} : lu en Windows-1252 (pas en UTF-8)`;
  const en = `${file}: read as Windows-1252 (not UTF-8)`;
  return lang === 'fr' ? fr : lang === 'en' ? en : `${fr} / read as Windows-1252 (not UTF-8)`;
}

export function stderrEncodingNotice(path: string, file: string): (encoding: CsvEncoding) => void {
  return (encoding) => {
    const key = resolve(path);
    if (encoding !== 'windows-1252' || told.has(key)) return;
    told.add(key);
    sink.write(`${windows1252Text(file, sink.lang)}\n`);
  };
}
