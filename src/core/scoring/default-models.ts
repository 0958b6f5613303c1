import { B2B_FLEET_MODEL } from './default-models/b2b-fleet';
import { B2C_RENEWAL_MODEL } from './default-models/b2c-renewal';
import type { ScoringModel } from './model-schema';

export { B2B_FLEET_MODEL, B2C_RENEWAL_MODEL };

/** The shipped models (domain.md §3.6), mirrored from models/*.yaml; `selectModel` picks one by customer kind. */
export const DEFAULT_MODELS: readonly ScoringModel[] = [B2B_FLEET_MODEL, B2C_RENEWAL_MODEL];
