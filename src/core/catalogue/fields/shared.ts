import { LIFECYCLE_STAGE } from '../enums/relationship';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Funnel stage, shared by companies and people so segments can mix both. */
export const LIFECYCLE_STAGE_FIELD: FieldDef = {
  name: 'autoCibleLifecycleStage',
  type: 'enum',
  enum: LIFECYCLE_STAGE,
  label: label('Étape du cycle de vie', 'Lifecycle stage'),
  tooltip: label(
    'Position dans l’entonnoir commercial : suspect, prospect qualifié, client ou ancien client ; elle décide de la durée de conservation applicable.',
    'Position in the sales funnel: suspect, qualified prospect, customer or former customer; it decides which retention period applies.',
  ),
  isPersonalData: false,
  audited: true,
  retention: 'business',
  dataCategory: 'activity',
  panel: 'targeting',
  csvAliases: ['statut commercial', 'stage'],
};
