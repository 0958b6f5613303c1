import type { FakeEntityDef } from '../types';
import { accountDef } from './account';
import { callDef, meetingDef } from './call-meeting';
import { contactDef, leadDef } from './contact';
import { emailDef } from './email';
import { opportunityDef } from './opportunity';
import { targetListDef } from './target-list';
import { userDef } from './user';
import { vehicleDef } from './vehicle';

export { accountDef, callDef, contactDef, emailDef, leadDef, meetingDef, opportunityDef, targetListDef, userDef, vehicleDef };

/** The entity types the recordings use, shaped like EspoCRM 9.2.7. */
export const DEFAULT_ENTITY_DEFS: readonly FakeEntityDef[] = [
  contactDef, leadDef, accountDef, targetListDef, vehicleDef, opportunityDef, callDef, meetingDef, emailDef, userDef,
];
