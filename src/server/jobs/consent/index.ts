// The consent jobs (issue 5 "Jobs" and "Consent"): channel eligibility (`consent check`), hand edits of the
// flat fields folded into the history (`consent sync`) and consent files recorded into it (`consent import`).

// Check
export { runConsentCheck } from './check-job';
export type { ConsentCheckInput, ConsentCheckReport } from './check-job';
export type { ConsentCheckLine, ConsentCheckRuleId } from './check-line';
export { CONSENT_SELECT, eligibilityQueryOf, knownRelationship, personConsent } from './person-query';
export { personChannels } from './person-channels';
export type { PersonChannels, PersonChannelsInput } from './person-channels';
export type { PersonConsent, PersonFacts } from './person-query';

// Reading and writing one person's consent fields
export { CONSENT_FIELDS, changedChannels, consentChanges, foldConsent } from './consent-fields';
export type { FoldedConsent, RejectedEdit } from './consent-fields';

// Sync
export { runConsentSync } from './sync-job';
export type { ConsentSyncInput, ConsentSyncLine, ConsentSyncOutcome, ConsentSyncReport } from './sync-job';

// Import
export { runConsentImport } from './import-job';
export { IMPORT_COLUMNS, PERSON_KEY_COLUMNS, resolveImportHeader } from './import-columns';
export type { ImportColumn, ImportHeader, PersonKeyKind } from './import-columns';
export { readImportFile } from './import-file';
export type { ImportFile, ImportRow, ImportValues } from './import-file';
export { personKeyOf, readRow } from './import-row';
export type { ImportLineField, ImportLineProblem, PersonKey, RowReading } from './import-row';
export { PersonFinder } from './import-persons';
export type { PersonRef } from './import-persons';
export { IMPORT_LINE_OUTCOMES } from './import-types';
export type { ConsentImportInput, ConsentImportLine, ConsentImportRecord, ConsentImportReport, ImportLineOutcome } from './import-types';
