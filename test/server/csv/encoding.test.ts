import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteOrderMark, countLineBreaks, decodeWindows1252, firstInvalidUtf8, incompleteUtf8Tail, latin1, windows1252Problem,
} from '../../../src/server/csv/encoding';

const bytes = (...values: number[]): Buffer => Buffer.from(values);
const strictUtf8 = (data: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};

describe('decodeWindows1252', () => {
  it('reads the 0x80–0x9F range as Windows-1252, not as ISO-8859-1 C1 controls (Node 20 TextDecoder does)', () => {
    // € ’ œ … – “ ” Œ Ÿ: what French Excel writes there.
    const text = decodeWindows1252(latin1(bytes(0x80, 0x92, 0x9c, 0x85, 0x96, 0x93, 0x94, 0x8c, 0x9f)));
    expect(text).toBe('€’œ…–“”ŒŸ');
  });

  it('reads 0xA0–0xFF as Latin-1: the accents of French', () => {
    expect(decodeWindows1252(latin1(Buffer.from('téléphone désinscrit cochée à ç ô « » °', 'latin1')))).toBe('téléphone désinscrit cochée à ç ô « » °');
  });

  it('never yields U+FFFD nor a C1 control for a byte Windows-1252 defines', () => {
    const defined = [...Array(256).keys()].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const text = decodeWindows1252(latin1(Buffer.from(defined)));
    expect(text).toHaveLength(defined.length);
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/u);
  });
});

describe('windows1252Problem', () => {
  it('finds the bytes Windows-1252 leaves undefined', () => {
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      expect(windows1252Problem(latin1(bytes(0x41, 0xe9, byte)))).toEqual({ at: 2, problem: 'notWindows1252' });
    }
  });

  it('finds UTF-8 accents among Windows-1252 ones (a file of both encodings)', () => {
    const mixed = Buffer.concat([Buffer.from('cochée ', 'latin1'), Buffer.from('cochée', 'utf8')]);
    expect(windows1252Problem(latin1(mixed))).toEqual({ at: 11, problem: 'mixed' });
    expect(windows1252Problem(latin1(Buffer.from('J’accepte', 'utf8')))).toEqual({ at: 1, problem: 'mixed' });
  });

  it('passes Windows-1252 French text', () => {
    const text = 'Identifiant;Téléphone;Désinscrit;Preuve « J’accepte – 5 € »; Œuvre; ÂGE; SÃO PAULO';
    const encoded = Buffer.from(text.replace('’', '\u0092').replace('–', '\u0096').replace('€', '\u0080').replace('Œ', '\u008c'), 'latin1');
    expect(windows1252Problem(latin1(encoded))).toBeUndefined();
    expect(decodeWindows1252(latin1(encoded))).toBe(text);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (data) => {
      expect(firstInvalidUtf8(data) === -1).toBe(strictUtf8(data));
    }), { numRuns: 2000 });
  });

  it('points at the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('aé'), bytes(0xe9, 0x41)]))).toBe(3);
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate
  });
});

describe('incompleteUtf8Tail', () => {
  it('holds back a sequence the chunk cuts short, and only that', () => {
    const e = Buffer.from('é'); // C3 A9
    const euro = Buffer.from('€'); // E2 82 AC
    expect(incompleteUtf8Tail(Buffer.concat([Buffer.from('ab'), e.subarray(0, 1)]))).toBe(1);
    expect(incompleteUtf8Tail(Buffer.concat([Buffer.from('ab'), euro.subarray(0, 2)]))).toBe(2);
    expect(incompleteUtf8Tail(Buffer.concat([Buffer.from('ab'), euro]))).toBe(0);
    expect(incompleteUtf8Tail(Buffer.from('abé'))).toBe(0);
    expect(incompleteUtf8Tail(bytes(0x41, 0xe9))).toBe(1); // Windows-1252 é: a 3-byte lead for UTF-8
    expect(incompleteUtf8Tail(bytes(0x41, 0xff))).toBe(0);
  });
});

describe('byteOrderMark and countLineBreaks', () => {
  it('tells the byte order marks apart', () => {
    expect(byteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('utf-8');
    expect(byteOrderMark(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('utf-16le');
    expect(byteOrderMark(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('utf-16be');
    expect(byteOrderMark(Buffer.from('id;'))).toBeUndefined();
  });

  it('counts LF (CRLF once) before an offset', () => {
    const data = Buffer.from('a\r\nb\nc\rd\n');
    expect(countLineBreaks(data)).toBe(3);
    expect(countLineBreaks(data, 4)).toBe(1);
  });
});
