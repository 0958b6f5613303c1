import { AutoCibleError } from '../../../core/errors';

/**
 * EspoCRM refused the Data Privacy erase (403, dataprivacy-erase-403-api-user.json): the API user's role
 * lacks `dataPrivacyPermission`. Every other record would fail the same way, so the run stops.
 */
export class ErasePermissionError extends AutoCibleError {
  readonly code = 'ERASE_FORBIDDEN';

  constructor(
    readonly entityType: string,
    readonly recordId: string,
    options?: { cause?: unknown },
  ) {
    super(`EspoCRM refused to erase ${entityType}/${recordId}: give the API user's role the Data Privacy permission`, options);
  }
}
