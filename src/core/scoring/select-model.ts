import type { CustomerKindCode } from '../catalogue';
import { resolveCustomerKind } from './customer-kind';
import type { CustomerKindBasis } from './customer-kind';
import type { FactInput } from './fact-input';
import type { ScoringModel } from './model-schema';
import { NoScoringModelError } from './no-model-error';

/** The model chosen for a record, and why. */
export interface ModelSelection {
  readonly model: ScoringModel;
  /** The customer kind the choice used. */
  readonly customerKind: CustomerKindCode;
  /**
   * `account`: an Account is professional; `field`: the record's `autoCibleCustomerKind`;
   * `accountLink`: a Contact or Lead linked to an account; `default`: nothing said, so PARTICULIER.
   */
  readonly basis: CustomerKindBasis | 'default';
}

/**
 * Picks the first model (in the order given) whose `appliesTo` lists the record's entity type and
 * customer kind: PARTICULIER → B2C renewal, PROFESSIONNEL or Account → B2B fleet with the defaults.
 * A Contact or Lead with no kind and no account falls back to PARTICULIER, the bulk of a dealership's
 * file. Throws `NoScoringModelError` when no model applies.
 */
export function selectModel(
  models: readonly ScoringModel[],
  input: Pick<FactInput, 'entityType' | 'record' | 'account'>,
): ModelSelection {
  const resolved = resolveCustomerKind(input);
  const customerKind = resolved.kind ?? 'PARTICULIER';
  const basis = resolved.kind === null ? 'default' : resolved.basis;
  const model = models.find(
    (m) => m.appliesTo.entityTypes.includes(input.entityType) && m.appliesTo.customerKinds.includes(customerKind),
  );
  if (model === undefined) throw new NoScoringModelError(input.entityType, customerKind);
  return { model, customerKind, basis };
}
