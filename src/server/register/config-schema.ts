/**
 * The register configuration (`config/register.example.json`): what the catalogue cannot know — the
 * organisation, and per processing activity its purposes, legal basis, data subjects, sources,
 * recipients, transfers and security measures (CNIL model, domain.md §2.8). The data categories an
 * activity uses are catalogue codes: the register lists their personal-data fields and retention.
 */
import { array, boolean, enum as zodEnum, object, string, union } from 'zod';
import type { z } from 'zod';

/** A text in both languages, or one text used for both. */
const text = union([string().min(1), object({ fr: string().min(1), en: string().min(1) })]);
const texts = array(text);

export const DATA_CATEGORIES = ['identity', 'contact', 'profile', 'vehicle', 'financing', 'economic', 'activity', 'consent', 'scoring', 'retention', 'value'] as const;
export const REGISTER_ENTITIES = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle'] as const;

const party = object({ name: string().min(1), address: string().optional(), contact: string().min(1) });

const activity = object({
  /** Stable reference of the record (« fiche »), e.g. `prospection-b2c`. */
  id: string().regex(/^[a-z0-9-]+$/u, 'lower-case letters, digits and dashes'),
  name: text,
  /** `YYYY-MM-DD` */
  createdOn: string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  updatedOn: string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  jointController: text.nullable().default(null),
  purposes: texts.min(1),
  legalBasis: text,
  dataSubjects: texts.min(1),
  dataCategories: array(zodEnum(DATA_CATEGORIES)).min(1),
  /** Entities whose fields the activity uses. @defaultValue all */
  entities: array(zodEnum(REGISTER_ENTITIES)).optional(),
  sensitiveData: boolean().default(false),
  sources: texts.min(1),
  recipients: texts.min(1),
  transfersOutsideEu: text,
  /** Added after the retention generated from the catalogue and the policy (archives, invoices…). */
  retentionNote: text.optional(),
  securityMeasures: texts.optional(),
  dpia: text,
});

export const registerConfigSchema = /* @__PURE__ */ (() =>
  object({
    organisation: object({ controller: party, representative: party.nullable().default(null), dpo: party.nullable().default(null) }),
    /** Security measures shared by every activity that lists none of its own. */
    securityMeasures: texts.min(1),
    activities: array(activity).min(1),
  }))();

export type RegisterText = z.infer<typeof text>;
export type RegisterActivity = z.infer<typeof activity>;
export type RegisterConfig = z.infer<typeof registerConfigSchema>;
export type RegisterEntity = (typeof REGISTER_ENTITIES)[number];

/** The text in `lang`. */
export function textIn(value: RegisterText, lang: 'fr' | 'en'): string {
  return typeof value === 'string' ? value : value[lang];
}
