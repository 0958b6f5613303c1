/**
 * Records of one shape packed as compact strings: a JSON array of values in a fixed attribute order (no keys,
 * nulls for missing values). Several records of one owner can share one string, joined by line breaks (JSON
 * escapes them inside values). Strings cost a few bytes per value where objects cost tens.
 */
import type { RawRecord } from './types';

export class Packer {
  constructor(private readonly attributes: readonly string[]) {}

  pack(record: RawRecord): string {
    return JSON.stringify(this.attributes.map((attribute) => {
      const value = record[attribute];
      return value === undefined || value === '' ? null : value;
    }));
  }

  unpack(text: string): Record<string, unknown> {
    const values = JSON.parse(text) as unknown[];
    const record: Record<string, unknown> = {};
    this.attributes.forEach((attribute, i) => {
      const value = values[i];
      if (value !== null && value !== undefined) record[attribute] = value;
    });
    return record;
  }

  unpackAll(text: string | undefined): Record<string, unknown>[] {
    return text === undefined ? [] : text.split('\n').map((line) => this.unpack(line));
  }
}

