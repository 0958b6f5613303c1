/**
 * Records from an `EspoGateway` (EspoCRM through REST, or the memory gateway), in id order so a checkpoint is
 * one id. Each batch's vehicles, accounts and account contacts are fetched with one `in` query per batch, not
 * one request per record; batches stay small (50) so those queries fit in a URL. A person whose consent a list
 * call may have cut (EspoCRM cuts text fields in lists, `consent/listed-person.ts`) is read whole, one request,
 * so its channels are assessed on the stored history, as is a record whose score reasons were cut; of that read
 * only the listed attributes are kept.
 */
import { where } from '../../espo/query/where';
import type { EspoGateway, WhereItem } from '../../espo';
import type { ScoredType } from '../../state/score-state';
import { consentMayBeCut, isBrokenJson, ListedPerson, refreshedFrom } from '../consent/listed-person';
import {
  ACCOUNT_FACT_ATTRIBUTES, MEMBER_ATTRIBUTES, recordAttributes, RETENTION_STATUS_ATTRIBUTE, SCORE_REASONS_ATTRIBUTE, VEHICLE_ATTRIBUTES, withheldByRetention,
} from './attributes';
import { chunks, groupBy, idsAfter, mergeById, none } from './id-streams';
import type { IdRecord } from './id-streams';
import type { IdsByType, LinkedQuery, RawRecord, ScoreBatch, ScoreItem, ScoreSource, SourcePlan } from './types';

const ACCOUNT_CACHE_LIMIT = 2000;

export class GatewaySource implements ScoreSource {
  private readonly accounts = new Map<string, RawRecord>();

  constructor(
    private readonly gateway: EspoGateway,
    /** e.g. `espo:https://crm.example.com`. */
    readonly key: string,
  ) {}

  async vehicleOwners(query: { since: Date } | { ids: readonly string[] }, signal: AbortSignal): Promise<IdsByType> {
    const contacts = new Set<string>();
    const accounts = new Set<string>();
    const filters: readonly (readonly WhereItem[])[] = 'since' in query
      ? [[]]
      : [...chunk(idsAfter(query.ids, null), 50)].map((ids) => [where.in('id', ids)]);
    for (const filter of filters) {
      const options = { select: ['contactId', 'accountId'], where: filter, signal, ...('since' in query ? { modifiedSince: query.since } : {}) };
      for await (const vehicle of this.gateway.iterate('AutoCibleVehicle', options)) {
        if (typeof vehicle.contactId === 'string' && vehicle.contactId !== '') contacts.add(vehicle.contactId);
        if (typeof vehicle.accountId === 'string' && vehicle.accountId !== '') accounts.add(vehicle.accountId);
      }
    }
    return { Contact: [...contacts].sort(), Lead: [], Account: [...accounts].sort() };
  }

  async linkedRecords(query: LinkedQuery, signal: AbortSignal): Promise<IdsByType> {
    const accounts = new Set<string>();
    const contacts = new Set<string>();
    const since = 'since' in query ? { modifiedSince: query.since } : {};
    const contactFilters = 'since' in query ? [[]] : [...chunk(idsAfter(query.contacts, null), 50)].map((ids) => [where.in('id', ids)]);
    for (const filter of contactFilters) {
      for await (const contact of this.gateway.iterate('Contact', { select: ['accountId'], where: filter, signal, ...since })) {
        if (typeof contact.accountId === 'string' && contact.accountId !== '') accounts.add(contact.accountId);
      }
    }
    let changedAccounts: readonly string[] = 'since' in query ? [] : idsAfter(query.accounts, null);
    if ('since' in query) {
      const found: string[] = [];
      for await (const account of this.gateway.iterate('Account', { select: ['id'], where: [], signal, modifiedSince: query.since })) found.push(account.id);
      changedAccounts = found;
    }
    for (const part of chunk(changedAccounts, 50)) {
      for await (const contact of this.gateway.iterate('Contact', { select: ['id'], where: [where.in('accountId', part)], signal })) contacts.add(contact.id);
    }
    return { Contact: [...contacts].sort(), Lead: [], Account: [...accounts].sort() };
  }

  async *batches(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncGenerator<ScoreBatch> {
    // Accounts are cached within one pass only: a long-running `serve` must see their edits.
    this.accounts.clear();
    for await (const listed of chunks(this.records(entityType, plan, signal), plan.batchSize)) {
      const records = await this.withWholeText(entityType, listed, signal);
      const items = await this.withRelated(entityType, records, signal);
      yield { entityType, items, rejected: [], lastId: listed.at(-1)?.id ?? null };
    }
  }

  /**
   * The batch, with each record whose text the list call may have cut read whole: a person's consent, any score
   * reasons (a cut value never equals the new one, so the record would be written at every run). One deleted since
   * the list is left out, as if deleted just before it: it can no longer be scored nor written. A person retention
   * withholds is never read whole: it is not scored, and a cut score is still one to clear.
   */
  private async withWholeText(entityType: ScoredType, records: readonly IdRecord[], signal: AbortSignal): Promise<readonly IdRecord[]> {
    const mayBeCut = (record: IdRecord): boolean => !withheldByRetention(record)
      && ((entityType !== 'Account' && consentMayBeCut(record)) || isBrokenJson(record[SCORE_REASONS_ATTRIBUTE]));
    if (!records.some(mayBeCut)) return records;
    const out: IdRecord[] = [];
    for (const record of records) {
      if (!mayBeCut(record)) {
        out.push(record);
        continue;
      }
      const whole = await new ListedPerson(this.gateway, entityType, record, signal).whole();
      if (whole !== null) out.push(refreshedFrom(record, whole));
    }
    return out;
  }

  private records(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncIterable<IdRecord> {
    const select = recordAttributes(entityType);
    const after: WhereItem[] = plan.after === null ? [] : [where.greaterThan('id', plan.after)];
    const main = plan.all || plan.modifiedSince !== null
      ? this.gateway.iterate(entityType, { select, where: after, signal, ...(plan.all || plan.modifiedSince === null ? {} : { modifiedSince: plan.modifiedSince }) })
      : none<IdRecord>();
    const extra = plan.all ? none<IdRecord>() : this.byIds(entityType, idsAfter(plan.ids, plan.after), select, signal);
    return mergeById(main, extra);
  }

  private async *byIds(entityType: string, ids: readonly string[], select: readonly string[], signal: AbortSignal): AsyncGenerator<IdRecord> {
    for (const part of chunk(ids, 50)) {
      const found: IdRecord[] = [];
      for await (const record of this.gateway.iterate(entityType, { select, where: [where.in('id', part)], signal })) found.push(record);
      yield* found.sort((a, b) => (a.id < b.id ? -1 : 1));
    }
  }

  private async related(entityType: string, key: string, ids: readonly string[], select: readonly string[], signal: AbortSignal): Promise<RawRecord[]> {
    if (ids.length === 0) return [];
    const out: RawRecord[] = [];
    for await (const record of this.gateway.iterate(entityType, { select, where: [where.in(key, [...new Set(ids)])], signal })) out.push(record);
    return out;
  }

  private async withRelated(entityType: ScoredType, records: readonly IdRecord[], signal: AbortSignal): Promise<ScoreItem[]> {
    if (entityType === 'Lead') return records.map((record) => ({ entityType, id: record.id, record, vehicles: [] }));
    // A contact retention withholds is not scored: its vehicles and account are not read.
    const scored = entityType === 'Contact' ? records.filter((r) => !withheldByRetention(r)) : records;
    const ids = scored.map((r) => r.id);
    const ownerKey = entityType === 'Contact' ? 'contactId' : 'accountId';
    const vehicles = groupBy(await this.related('AutoCibleVehicle', ownerKey, ids, VEHICLE_ATTRIBUTES, signal), ownerKey);
    if (entityType === 'Account') {
      // A contact retention withholds (due for anonymisation, anonymised) lends its account nothing either.
      const contacts = await this.related('Contact', 'accountId', ids, [...MEMBER_ATTRIBUTES, RETENTION_STATUS_ATTRIBUTE], signal);
      const members = groupBy(contacts.filter((contact) => !withheldByRetention(contact)), 'accountId');
      return records.map((record) => ({ entityType, id: record.id, record, vehicles: vehicles.get(record.id) ?? [], contacts: members.get(record.id) ?? [] }));
    }
    await this.loadAccounts(scored, signal);
    return records.map((record) => ({
      entityType, id: record.id, record, vehicles: vehicles.get(record.id) ?? [],
      account: typeof record.accountId === 'string' ? this.accounts.get(record.accountId) : undefined,
    }));
  }

  private async loadAccounts(records: readonly IdRecord[], signal: AbortSignal): Promise<void> {
    const missing = records.map((r) => r.accountId).filter((id): id is string => typeof id === 'string' && id !== '' && !this.accounts.has(id));
    if (missing.length === 0) return;
    if (this.accounts.size + missing.length > ACCOUNT_CACHE_LIMIT) this.accounts.clear();
    for (const account of await this.related('Account', 'id', missing, ACCOUNT_FACT_ATTRIBUTES, signal)) {
      this.accounts.set(String(account.id), account);
    }
  }
}

function* chunk<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
