/**
 * zod schema of `RetentionInput`, for the offline `retention plan` on a file. Strict: a field the plan
 * does not know (e.g. `emailOpens`) is an error, not silently ignored, so nobody believes it counted.
 * Dates are only checked to be strings: an unreadable date is reported by the plan (`ignoredDates`).
 */
import { array, boolean, enum as zodEnum, literal, strictObject, string, union } from 'zod';
import type { RetentionInput } from './input';
import { RetentionInputError } from './retention-input-error';

const date = /* @__PURE__ */ (() => string().nullable().optional())();
const dates = /* @__PURE__ */ (() => array(string()).optional())();
const vehicles = () => array(strictObject({ id: string().optional(), purchaseDate: date, financingEndDate: date, warrantyEndDate: date, lastWorkshopVisitAt: date })).optional();

export const retentionInputSchema = /* @__PURE__ */ (() =>
  strictObject({
    id: string().min(1),
    entityType: union([literal('Contact'), literal('Lead'), literal('Account')]),
    createdAt: date,
    lifecycleStage: zodEnum(['SUSPECT', 'PROSPECT', 'CLIENT', 'ANCIEN_CLIENT']).nullable().optional(),
    legalHold: boolean().nullable().optional(),
    lastInboundContactAt: date,
    lastWorkshopVisitAt: date,
    inboundEmails: dates,
    heldInboundCalls: dates,
    heldMeetings: dates,
    wonOpportunities: dates,
    vehicles: vehicles(),
    accountWonOpportunities: dates,
    accountVehicles: vehicles(),
  }))();

function recordId(value: unknown): string | undefined {
  const id: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Parses one record; throws `RetentionInputError` with every issue and the record id when known. */
export function parseRetentionInput(value: unknown): RetentionInput {
  const result = retentionInputSchema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new RetentionInputError(issues, recordId(value));
}
