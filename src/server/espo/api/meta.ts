import { appUserSchema, jsonObjectSchema, metadataSchema, settingsSchema } from '../schemas';
import type { EspoAppUser, EspoSettings } from '../schemas';
import { serializeQuery } from '../query/serialize';
import type { Requester } from '../transport/request';
import type { CallOptions } from '../types';

export interface MetaMethods {
  /** `GET Metadata?key=entityDefs.Contact.fields` (any authenticated user, §4.7). Null when the key is unknown. */
  getMetadata(key?: string, options?: CallOptions): Promise<unknown>;
  /** `GET App/user`: the API user, its `acl` table and settings. Also the cheapest authentication check. */
  getAppUser(options?: CallOptions): Promise<EspoAppUser>;
  getI18n(options?: CallOptions): Promise<Readonly<Record<string, unknown>>>;
  /** `GET Settings`: non-internal config, including `version`. */
  getSettings(options?: CallOptions): Promise<EspoSettings>;
}

export function metaMethods(request: Requester): MetaMethods {
  return {
    getMetadata: async (key, options = {}) => request({
      method: 'GET', path: 'Metadata', query: serializeQuery({ key }), schema: metadataSchema, signal: options.signal,
    }),
    getAppUser: async (options = {}) => request({
      method: 'GET', path: 'App/user', schema: appUserSchema, signal: options.signal,
    }),
    getI18n: async (options = {}) => request({ method: 'GET', path: 'I18n', schema: jsonObjectSchema, signal: options.signal }),
    getSettings: async (options = {}) => request({
      method: 'GET', path: 'Settings', schema: settingsSchema, signal: options.signal,
    }),
  };
}
