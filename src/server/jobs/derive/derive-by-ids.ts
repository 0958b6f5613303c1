/**
 * The derive job's rule on a few vehicles named by id, for `serve`: a vehicle a webhook names gets its category,
 * energy family and next contrôle technique within seconds, not at the next nightly `autocible derive`. The vehicles
 * are listed 50 ids a query (`where in id`, so a query fits in a URL) with only `DERIVE_SELECT`, never a plate, a VIN
 * or a name; each gets `deriveVehicle` and a PATCH of the fields that differ, none when nothing does. An id no
 * longer in EspoCRM (the vehicle was deleted) is simply not listed.
 *
 * A vehicle whose source cannot be read, or whose write fails, is reported by id and error code (and HTTP status),
 * the others go on. A list call that fails (EspoCRM out of reach, the key refused) throws: the caller decides. The
 * signal cuts the listing only, as in the derive job: the vehicles already listed are written, those not listed yet
 * are left (it returns what it did), so a write is never cut half-way.
 */
import { isAutoCibleError } from '../../../core/errors';
import { isEspoAbortError, isEspoHttpError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { idsAfter } from '../score/id-streams';
import { DERIVE_SELECT, deriveVehicle, VEHICLE_ENTITY_TYPE } from './derive-fields';
import { DeriveRecordError, DeriveSourceError, writeErrorOf } from './errors';

/** Ids a list query names: small enough for a URL, as the score job's `in` queries. */
const IDS_PER_QUERY = 50;

/** A vehicle not derived. Never personal data: its id, the error code, the HTTP status when there is one. */
export interface DeriveByIdsError {
  readonly id: string;
  /** `DERIVE_SOURCE_INVALID`, `ESPO_HTTP_ERROR`, `ESPO_FIELDS_NOT_STORED`, `ESPO_NETWORK_ERROR`… */
  readonly code: string;
  readonly status?: number;
}

export interface DeriveByIdsReport {
  /** Vehicles with at least one field written. */
  readonly written: number;
  /** Vehicles listed that were already up to date: no request. */
  readonly unchanged: number;
  /** In id order. */
  readonly errors: readonly DeriveByIdsError[];
}

type Outcome = 'written' | 'unchanged' | DeriveByIdsError;

/** The report line of a failed write; a failure that would stop the derive job (an outage, a bug) is one too. */
function errorOf(id: string, error: unknown): DeriveByIdsError {
  const recordError = writeErrorOf(id, error);
  if (recordError instanceof DeriveRecordError) {
    const { reason, status } = recordError.bad;
    return { id, code: reason, ...(status === undefined ? {} : { status }) };
  }
  const code = isAutoCibleError(error) ? error.code : 'UNEXPECTED';
  return { id, code, ...(isEspoHttpError(error) ? { status: error.status } : {}) };
}

async function deriveOne(gateway: Pick<EspoGateway, 'update'>, record: EspoRecord, today: string): Promise<Outcome> {
  const derivation = deriveVehicle(record, today);
  if (!derivation.ok) return { id: record.id, code: new DeriveSourceError(record.id, derivation.invalid).code };
  if (Object.keys(derivation.changes).length === 0) return 'unchanged';
  try {
    // Not given the signal: a vehicle listed is written whole.
    await gateway.update(VEHICLE_ENTITY_TYPE, record.id, derivation.changes);
    return 'written';
  } catch (error) {
    return errorOf(record.id, error);
  }
}

/**
 * The vehicles of `ids` on EspoCRM, or null when the signal cut the list: those not listed are left.
 * Any other failure of the list throws.
 */
async function listed(gateway: Pick<EspoGateway, 'iterate'>, ids: readonly string[], signal: AbortSignal): Promise<EspoRecord[] | null> {
  const records: EspoRecord[] = [];
  try {
    for await (const record of gateway.iterate(VEHICLE_ENTITY_TYPE, { select: DERIVE_SELECT, where: [where.in('id', ids)], signal })) records.push(record);
  } catch (error) {
    if (signal.aborted && isEspoAbortError(error)) return null;
    throw error;
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Derives the vehicles `ids` names as of `today` (`YYYY-MM-DD`) and writes what changed; see the module comment. */
export async function deriveVehiclesByIds(
  gateway: Pick<EspoGateway, 'iterate' | 'update'>, ids: readonly string[], today: string, signal: AbortSignal,
): Promise<DeriveByIdsReport> {
  let written = 0;
  let unchanged = 0;
  const errors: DeriveByIdsError[] = [];
  const sorted = idsAfter(ids, null);
  for (let start = 0; start < sorted.length && !signal.aborted; start += IDS_PER_QUERY) {
    const records = await listed(gateway, sorted.slice(start, start + IDS_PER_QUERY), signal);
    if (records === null) break;
    // Together, as the derive job's batch: the client keeps to its concurrency limit.
    for (const outcome of await Promise.all(records.map(async (record) => deriveOne(gateway, record, today)))) {
      if (outcome === 'written') written += 1;
      else if (outcome === 'unchanged') unchanged += 1;
      else errors.push(outcome);
    }
  }
  return { written, unchanged, errors };
}
