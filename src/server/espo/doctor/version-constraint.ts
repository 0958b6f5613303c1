import { DomainInputError } from '../../../core/errors';

/**
 * Composer-style version constraints, as EspoCRM reads `acceptableVersions` (§1.2): `>=9.0.0 <10.0.0`,
 * `^9.1`, `~9.1.2`, `9.*`, `9.1 - 9.3`, `!=9.2.0`, exact `9.2.7`, alternatives with `||`. Entries of the
 * manifest array are OR-ed.
 */
export type Version = readonly [number, number, number];

interface Bound {
  readonly op: '>=' | '>' | '<=' | '<' | '=' | '!=';
  readonly version: Version;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?$/u;

function parts(text: string): { version: Version; given: number } | null {
  const match = VERSION.exec(text.trim());
  if (match === null) return null;
  const given = match.slice(1, 4).filter((part) => part !== undefined).length;
  return { version: [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)], given };
}

/** `9.2.7` → [9, 2, 7]; null when it is not a version. Pre-release/build suffixes are ignored. */
export function parseVersion(text: string): Version | null {
  return parts(text)?.version ?? null;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function bump(version: Version, index: 0 | 1 | 2): Version {
  if (index === 0) return [version[0] + 1, 0, 0];
  if (index === 1) return [version[0], version[1] + 1, 0];
  return [version[0], version[1], version[2] + 1];
}

function invalid(constraint: string): DomainInputError {
  return new DomainInputError('acceptableVersions', constraint, 'not a Composer version constraint');
}

function caret(version: Version): Bound[] {
  const index = version[0] > 0 ? 0 : version[1] > 0 ? 1 : 2;
  return [{ op: '>=', version }, { op: '<', version: bump(version, index) }];
}

function tilde(version: Version, given: number): Bound[] {
  return [{ op: '>=', version }, { op: '<', version: bump(version, given >= 3 ? 1 : 0) }];
}

function wildcard(text: string): Bound[] | null {
  const match = /^v?(\d+)(?:\.(\d+))?\.\*$/u.exec(text);
  if (match === null) return null;
  const version: Version = [Number(match[1]), Number(match[2] ?? 0), 0];
  return [{ op: '>=', version }, { op: '<', version: bump(version, match[2] === undefined ? 0 : 1) }];
}

const COMPARISONS: Readonly<Record<string, Bound['op']>> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<', '!=': '!=' };

function term(text: string, constraint: string): Bound[] {
  if (text === '*') return [];
  const star = wildcard(text);
  if (star !== null) return star;
  const match = /^(\^|~|>=|<=|>|<|==|=|!=)?(.+)$/u.exec(text);
  const parsed = parts(match?.[2] ?? '');
  if (match === null || parsed === null) throw invalid(constraint);
  const op = match[1] ?? '=';
  if (op === '^') return caret(parsed.version);
  if (op === '~') return tilde(parsed.version, parsed.given);
  if (op === '=' || op === '==') {
    // A partial exact version ("9.2") means the whole 9.2.x range, as Composer reads it.
    return parsed.given >= 3 ? [{ op: '=', version: parsed.version }] : [{ op: '>=', version: parsed.version },
      { op: '<', version: bump(parsed.version, parsed.given === 1 ? 0 : 1) }];
  }
  const comparison = COMPARISONS[op];
  if (comparison === undefined) throw invalid(constraint);
  return [{ op: comparison, version: parsed.version }];
}

function hyphen(group: string, constraint: string): Bound[] | null {
  const match = /^(\S+)\s+-\s+(\S+)$/u.exec(group);
  if (match === null) return null;
  const low = parts(match[1] ?? '');
  const high = parts(match[2] ?? '');
  if (low === null || high === null) throw invalid(constraint);
  const upper: Bound = high.given >= 3 ? { op: '<=', version: high.version }
    : { op: '<', version: bump(high.version, high.given === 1 ? 0 : 1) };
  return [{ op: '>=', version: low.version }, upper];
}

function holds(version: Version, bound: Bound): boolean {
  const c = compareVersions(version, bound.version);
  switch (bound.op) {
    case '>=': return c >= 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '<': return c < 0;
    case '=': return c === 0;
    case '!=': return c !== 0;
  }
}

/** True when `version` satisfies the constraint. Throws `DomainInputError` on an unreadable constraint. */
export function satisfies(version: Version, constraint: string): boolean {
  const alternatives = constraint.split(/\s*\|\|?\s*/u).map((group) => group.trim());
  if (alternatives.some((group) => group === '')) throw invalid(constraint);
  return alternatives.some((group) => {
    const bounds = hyphen(group, constraint) ?? group.split(/\s*,\s*|\s+/u).flatMap((text) => term(text, constraint));
    return bounds.every((bound) => holds(version, bound));
  });
}

/** Manifest semantics: any entry of the array may match. */
export function satisfiesAny(version: Version, constraints: readonly string[]): boolean {
  return constraints.some((constraint) => satisfies(version, constraint));
}
