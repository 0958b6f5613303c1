// `consent check`: channel eligibility per person, with reason and legal reference (issue 5 "Jobs").
export { runConsentCheck } from './check-job';
export type { ConsentCheckInput, ConsentCheckReport } from './check-job';
export type { ConsentCheckLine, ConsentCheckRuleId } from './check-line';
export { CONSENT_SELECT, eligibilityQuery, hasRunningContract, isExistingCustomer, personConsent } from './person-query';
export type { PersonConsent, PersonFacts } from './person-query';
