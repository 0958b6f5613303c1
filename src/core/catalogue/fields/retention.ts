import { RETENTION_ANCHOR_SOURCE, RETENTION_STATUS } from '../enums/governance';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Retention plan written by the retention job (CNIL référentiel 2021, domain.md §2.2 and §2.9). */
const PLAN = {
  isPersonalData: false,
  audited: false,
  retention: 'computed',
  dataCategory: 'retention',
  panel: 'retention',
  computed: true,
} as const;

/** Legal hold is set by a person, never by a job, and survives recomputation of the plan. */
const HOLD = {
  audited: true,
  retention: 'person',
  dataCategory: 'retention',
  panel: 'retention',
} as const;

export const RETENTION_FIELDS: readonly FieldDef[] = [
  {
    ...PLAN,
    name: 'autoCibleRetentionAnchorDate',
    type: 'date',
    label: label('Début du délai de conservation', 'Retention clock start'),
    tooltip: label(
      'Date qui fait courir le délai de conservation : collecte, dernier contact entrant, achat, fin de contrat, fin de garantie ou passage atelier, la plus récente.',
      'Date the retention clock runs from: collection, last inbound contact, purchase, contract end, warranty end or workshop visit, whichever is latest.',
    ),
  },
  {
    ...PLAN,
    name: 'autoCibleRetentionAnchorSource',
    type: 'enum',
    enum: RETENTION_ANCHOR_SOURCE,
    label: label('Origine du délai de conservation', 'Retention clock source'),
    tooltip: label(
      'Événement qui a fixé le début du délai ; l’ouverture d’un e-mail ou une action sortante n’en est jamais un.',
      'Event that set the clock start; an email open or an outbound action never counts.',
    ),
  },
  {
    ...PLAN,
    name: 'autoCibleRetentionDeadline',
    type: 'date',
    label: label('Échéance de conservation', 'Retention deadline'),
    tooltip: label(
      'Date à laquelle les données devront être anonymisées ou archivées, en général 3 ans après le début du délai.',
      'Date by which the data must be anonymised or archived, usually 3 years after the clock start.',
    ),
  },
  {
    ...PLAN,
    name: 'autoCibleRetentionStatus',
    type: 'enum',
    enum: RETENTION_STATUS,
    audited: true,
    label: label('Statut de conservation', 'Retention status'),
    tooltip: label(
      'Décision du plan de conservation : conserver, redemander l’accord, anonymiser, examiner, gel juridique ou déjà anonymisé.',
      'Decision of the retention plan: keep, ask for re-permission, anonymise, review, legal hold or already anonymised.',
    ),
  },
  {
    ...HOLD,
    name: 'autoCibleLegalHold',
    type: 'bool',
    isPersonalData: false,
    label: label('Gel juridique', 'Legal hold'),
    tooltip: label(
      'À cocher en cas de litige ou de réquisition : la fiche est alors exclue de toute anonymisation automatique.',
      'Tick during a dispute or a legal request: the record is then excluded from any automatic anonymisation.',
    ),
  },
  {
    ...HOLD,
    name: 'autoCibleLegalHoldReason',
    type: 'varchar',
    maxLength: 255,
    isPersonalData: true,
    label: label('Motif du gel juridique', 'Legal hold reason'),
    tooltip: label(
      'Motif et référence du litige ou de la demande qui justifie le gel, à revoir quand l’affaire est close.',
      'Reason and reference of the dispute or request that justifies the hold, to review once the matter is closed.',
    ),
  },
];
