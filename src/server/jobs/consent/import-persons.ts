/**
 * Finds the people a consent file names: by id (Contact, then Lead), or by primary email address or phone
 * number, matched the way the opposition list matches them (Gmail spellings folded, numbers in E.164).
 * The address index is built on first need, with one pass over the people. Anonymised records are nobody.
 */
import { emailMatchKey, normalisePhone } from '../../../core/consent';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { PersonEntityType } from '../retention/persons';
import { isAnonymised, textOf } from '../retention/persons';
import type { PersonKey } from './import-row';

export interface PersonRef {
  readonly entityType: PersonEntityType;
  readonly id: string;
}

const INDEX_SELECT = ['emailAddress', 'phoneNumber', 'autoCibleRetentionStatus'];

function indexKeys(record: EspoRecord): string[] {
  const email = textOf(record, 'emailAddress');
  const phone = textOf(record, 'phoneNumber');
  const emailKey = email === null ? undefined : emailMatchKey(email);
  const phoneKey = phone === null ? undefined : normalisePhone(phone);
  return [emailKey === undefined ? '' : `emailAddress:${emailKey}`, phoneKey === undefined ? '' : `phoneNumber:${phoneKey}`].filter((k) => k !== '');
}

export class PersonFinder {
  private index: Map<string, PersonRef[]> | undefined;
  private readonly byId = new Map<string, readonly PersonRef[]>();

  constructor(
    private readonly gateway: EspoGateway,
    private readonly entityTypes: readonly PersonEntityType[],
    private readonly signal: AbortSignal,
  ) {}

  /** Every live person the key names; several when an address is shared (e.g. a Lead and its Contact). */
  async find(key: PersonKey): Promise<readonly PersonRef[]> {
    if (key.kind === 'id') return this.findById(key.value);
    const index = this.index ?? (this.index = await this.buildIndex());
    const match = key.kind === 'emailAddress' ? emailMatchKey(key.value) : key.value;
    return index.get(`${key.kind}:${match ?? ''}`) ?? [];
  }

  private async findById(id: string): Promise<readonly PersonRef[]> {
    const cached = this.byId.get(id);
    if (cached !== undefined) return cached;
    let found: readonly PersonRef[] = [];
    // EspoCRM ids are unique across entity types: the first record found is the person.
    for (const entityType of this.entityTypes) {
      const record = await this.gateway.get(entityType, id, { signal: this.signal });
      if (record === null) continue;
      found = isAnonymised(record) ? [] : [{ entityType, id }];
      break;
    }
    this.byId.set(id, found);
    return found;
  }

  private async buildIndex(): Promise<Map<string, PersonRef[]>> {
    const index = new Map<string, PersonRef[]>();
    for (const entityType of this.entityTypes) {
      for await (const record of this.gateway.iterate(entityType, { select: INDEX_SELECT, signal: this.signal })) {
        if (isAnonymised(record)) continue;
        for (const key of indexKeys(record)) {
          const refs = index.get(key);
          if (refs === undefined) index.set(key, [{ entityType, id: record.id }]);
          else refs.push({ entityType, id: record.id });
        }
      }
    }
    return index;
  }
}
