/**
 * Entries of the audit log (`.autocible/audit.jsonl`): accountability evidence (RGPD art. 5(2), domain.md
 * §2.9 step 6), the per-record progress journal of `retention apply` and the changes made by hand to the
 * opposition list. An entry names a record by its EspoCRM id (a technical key: once anonymised, the record it
 * points to holds no personal data) and identifiers only by their salted hashes; it never holds a name, an
 * address, a phone or an email.
 */
import { array, boolean, enum as zodEnum, literal, number, object, record, string, union } from 'zod';

/** Steps of the anonymisation of one record, in order; an entry says the step is done. */
export const AUDIT_STEPS = ['started', 'opposed', 'erased', 'notesCleaned', 'optedOut', 'done'] as const;
export type AuditStep = (typeof AUDIT_STEPS)[number];

/**
 * Record entries that are not steps, and never move the journal: `failed` (the record stopped at its last step; a
 * rerun resumes it) and `erasing` (the fields about to be erased, written before the request is sent: if the
 * process dies before the `erased` entry, the log still names them; the rerun's `erased` entry names only those
 * it still found holding a value).
 */
export const AUDIT_RECORD_EVENTS = ['failed', 'erasing'] as const;
export type AuditRecordEvent = (typeof AUDIT_RECORD_EVENTS)[number];

/** Who ran the job: the EspoCRM user the API calls ran as, and the operating-system account. */
export interface AuditActor {
  readonly apiUserId: string | null;
  readonly osUser: string;
}

/** Counts, codes and field names only: typed so nothing else can be put there. */
export type AuditDetail = Readonly<Record<string, number | boolean | string | readonly string[]>>;

export interface AuditRecordEntry {
  readonly v: 1;
  readonly kind: 'record';
  /** ISO 8601 UTC instant. */
  readonly at: string;
  readonly runId: string;
  readonly actor: AuditActor;
  /** A step done, or an event that is not a step (`AUDIT_RECORD_EVENTS`). */
  readonly step: AuditStep | AuditRecordEvent;
  readonly entityType: string;
  readonly recordId: string;
  readonly ruleId: string;
  readonly today: string;
  readonly anchorDate: string | null;
  readonly deadline: string | null;
  /** Salted hashes of the email/phone, as in the opposition list (on `started` only). */
  readonly identifierHashes?: readonly { readonly kind: 'email' | 'phone'; readonly key: string }[];
  readonly detail?: AuditDetail;
}

export interface AuditRunEntry {
  readonly v: 1;
  readonly kind: 'run';
  readonly at: string;
  readonly runId: string;
  readonly actor: AuditActor;
  readonly event: 'runStarted' | 'runFinished';
  readonly detail: AuditDetail;
}

/** Why a key was put on or taken off the opposition list by hand (`newConsent`: removed after a new, proven opt-in). */
export type AuditOppositionReason = 'objection' | 'retention' | 'newConsent';

/**
 * A change an administrator made to the opposition list (`autocible opposition add|remove`), written before
 * the list line. `retention apply` adds its keys under its `opposed` record step instead.
 */
export interface AuditOppositionEntry {
  readonly v: 1;
  readonly kind: 'opposition';
  readonly at: string;
  readonly actor: AuditActor;
  readonly action: 'added' | 'removed';
  /** The salted hash of the e-mail or phone, as in the opposition list. */
  readonly identifierHash: { readonly kind: 'email' | 'phone'; readonly key: string };
  readonly reason: AuditOppositionReason;
}

export type AuditEntry = AuditRecordEntry | AuditRunEntry | AuditOppositionEntry;

const actorSchema = object({ apiUserId: string().nullable(), osUser: string() });
const hashSchema = object({ kind: zodEnum(['email', 'phone']), key: string() });
const detailSchema = record(string(), union([number(), boolean(), string(), array(string())]));

export const auditEntrySchema = /* @__PURE__ */ (() =>
  union([
    object({
      v: literal(1), kind: literal('record'), at: string(), runId: string(), actor: actorSchema,
      step: zodEnum([...AUDIT_STEPS, ...AUDIT_RECORD_EVENTS]), entityType: string(), recordId: string(), ruleId: string(), today: string(),
      anchorDate: string().nullable(), deadline: string().nullable(),
      identifierHashes: array(hashSchema).optional(),
      detail: detailSchema.optional(),
    }),
    object({
      v: literal(1), kind: literal('run'), at: string(), runId: string(), actor: actorSchema,
      event: zodEnum(['runStarted', 'runFinished']), detail: detailSchema,
    }),
    object({
      v: literal(1), kind: literal('opposition'), at: string(), actor: actorSchema, action: zodEnum(['added', 'removed']),
      identifierHash: hashSchema, reason: zodEnum(['objection', 'retention', 'newConsent']),
    }),
  ]))();
