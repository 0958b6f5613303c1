import { DomainInputError } from '../../../core/errors';
import { trueSchema } from '../schemas';
import type { Requester } from '../transport/request';
import type { CallOptions } from '../types';
import { entitySegment } from './params';

export interface PrivacyMethods {
  /**
   * `POST DataPrivacy/action/erase` (§5, recordings `dataprivacy-*`): e-mail and phone records become
   * `ERASED:<id>` (only e-mails are opted out), other fields null; stream notes are NOT touched. Needs the role's
   * Data Privacy permission (403 otherwise). Not retried.
   */
  erasePersonalData(entityType: string, id: string, fieldList: readonly string[], options?: CallOptions): Promise<void>;
}

export function privacyMethods(request: Requester): PrivacyMethods {
  return {
    erasePersonalData: async (entityType, id, fieldList, options = {}) => {
      if (fieldList.length === 0) throw new DomainInputError('fieldList', fieldList, 'name at least one field to erase');
      await request({
        method: 'POST', path: 'DataPrivacy/action/erase', schema: trueSchema, entityType, id, signal: options.signal,
        body: { entityType: entitySegment(entityType), id, fieldList },
      });
    },
  };
}
