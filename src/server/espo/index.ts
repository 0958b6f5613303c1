// The EspoCRM adapter: REST client, gateway port and its two implementations, helpers.
// Transport internals (requester, limiter, retry loop) are not exported: configure them through
// `createEspoClient` options.

export { createEspoClient } from './api/create-client';
export type { EspoClient, IterationMethods } from './api/create-client';
export type { IterateOptions } from './api/iterate';
export type { StreamIterateOptions } from './api/stream-pages';
export type { CreateOptions, RecordMethods } from './api/records';
export type { MassTarget, RelatedMethods } from './api/related';
export type { MetaMethods } from './api/meta';
export type { NoteInput, NoteMethods, StreamParams, WebhookInput } from './api/notes';
export type { PrivacyMethods } from './api/privacy';
export { MAX_PAGE_SIZE } from './api/params';

export type {
  CallOptions, EspoAuth, EspoClientOptions, EspoList, EspoLogger, EspoRecord, HttpMethod, ListParams, RetryOptions, SortOrder,
} from './types';
export type {
  EspoAclScope, EspoAppUser, EspoMassUpdateResult, EspoNote, EspoSettings, EspoStreamList, EspoWebhook,
} from './schemas';

export {
  EspoAbortError, EspoContractError, EspoError, EspoFieldsNotStoredError, EspoHttpError, EspoNetworkError, EspoRecordNotFoundError,
  EspoTimeoutError, isEspoAbortError, isEspoContractError, isEspoError, isEspoFieldsNotStoredError, isEspoHttpError,
  isEspoNetworkError, isEspoRecordNotFoundError, isEspoTimeoutError,
} from './errors';
export type { EspoContractIssue, EspoDuplicate, EspoRequestInfo, EspoValidationFailure } from './errors';

export { where } from './query/where';
export type { WhereItem, WhereScalar } from './query/where';
export { serializeQuery } from './query/serialize';
export { matchesWhere } from './query/where-match';
export type { WhereContext } from './query/where-match';

export { fromEspoDate, fromEspoDateTime, toEspoDate, toEspoDateTime } from './dates';
export { changedAttributes } from './changes';
export { authHeaders, hmacAuthorization } from './auth';
export { createRedactor, maskPersonalData, REDACTED } from './redact';
export { displayUrl } from './display-url';
export type { Redactor } from './redact';
export { parseRetryAfter } from './transport/retry-after';
export { computeWebhookSignature, computeLegacyWebhookSignature, verifyWebhookSignature } from './webhook-signature';
export type { WebhookHeaders, WebhookSignatureResult } from './webhook-signature';

export { TARGET_LIST_LINKS } from './gateway';
export type {
  EspoGateway, GatewayIterateOptions, GatewayNote, GatewayNoteInput, GatewayRelatedOptions, TargetListMemberType,
} from './gateway';
export { RestGateway } from './rest-gateway';
export { MemoryGateway } from './memory-gateway';
export type { MemoryGatewayOptions, MemoryWrite } from './memory-gateway';
export { DEFAULT_LINKS } from './memory/links';
export type { LinkDef, LinkTable } from './memory/links';
export { eraseFields } from './memory/erase';

export { runDoctor, findManifest, loadManifest, satisfies, satisfiesAny, parseVersion, REQUIRED_SCOPES, EXTENSION_MARKERS } from './doctor';
export type { DoctorCheck, DoctorCheckId, DoctorInput, DoctorReason, DoctorReport, DoctorStatus, Manifest, ManifestResult } from './doctor';
