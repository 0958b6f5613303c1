// What the RGPD panel uses: the record's consent (the core's, zod-free), eligibility, retention rows and the panel data.
export { recordConsent } from './record-consent';
export type { RecordConsent } from './record-consent';
export { eligibilityQuery, marketing } from './marketing';
export type { Get, Marketing, Translate } from './marketing';
export { consentRows, relationshipNote } from './consent-rows';
export { loadRelationship, NOTHING_MORE, panelRelationship, relationshipPart, relationshipRequests } from './relationship';
export type { Relationship, RelationshipHost, RelationshipRequest } from './relationship';
export type { ChannelRow, ConsentContext, ConsentDetail } from './consent-rows';
export { DEADLINE_WARNING_DAYS, deadlineState } from './deadline';
export type { DeadlineState } from './deadline';
export { PROOF_MAX_CHARS, truncateProof } from './proof';
export type { ShortText } from './proof';
export { retentionData } from './retention-rows';
export type { RetentionContext, RetentionData, RetentionRow } from './retention-rows';
export { buildRgpdPanelData } from './panel-data';
export type { RgpdPanelContext, RgpdPanelData } from './panel-data';
