import { DomainInputError } from '../../../core/errors';
import { serializeQuery } from '../query/serialize';
import type { ListParams } from '../types';

/** EspoCRM's `recordListMaxSizeLimit` default: a larger `maxSize` is refused with 403 (§4.3, pitfall §8.12). */
export const MAX_PAGE_SIZE = 200;

const ENTITY_TYPE = /^[A-Z][A-Za-z0-9]*$/u;

/** An entity type or link name used as a path segment. */
export function entitySegment(value: string, input = 'entityType'): string {
  if (!ENTITY_TYPE.test(value) && !(input === 'link' && /^[a-z][A-Za-z0-9]*$/u.test(value))) {
    throw new DomainInputError(input, value, 'expected an EspoCRM name (letters and digits)');
  }
  return value;
}

/** A record id used as a path segment. */
export function idSegment(value: string, input = 'id'): string {
  if (value === '') throw new DomainInputError(input, value, 'expected a non-empty record id');
  return encodeURIComponent(value);
}

export function assertPageSize(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new DomainInputError('maxSize', value, `expected an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return value;
}

/** Serialises list parameters (§4.3); `select` is a comma list without spaces. */
export function listQuery(params: ListParams): string {
  if (params.maxSize !== undefined) assertPageSize(params.maxSize);
  return serializeQuery({
    where: params.where,
    select: params.select?.join(','),
    orderBy: params.orderBy,
    order: params.order,
    offset: params.offset,
    maxSize: params.maxSize,
    q: params.q,
    primaryFilter: params.primaryFilter,
  });
}

export function listHeaders(params: ListParams): Readonly<Record<string, string>> {
  return params.noTotal === true ? { 'X-No-Total': 'true' } : {};
}
