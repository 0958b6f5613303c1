import type { EspoDuplicate, EspoValidationFailure } from '../errors/espo-http-error';

/** Parses a body that may be empty (401/403/404 have none, §4.6). Returns undefined when it is not JSON. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{"messageTranslation":{"label":"validationFailure","data":{"field","type"}}}` → `{field, type}`. */
export function validationFrom(body: unknown): EspoValidationFailure | null {
  if (!isObject(body) || !isObject(body.messageTranslation)) return null;
  const translation = body.messageTranslation;
  if (translation.label !== 'validationFailure' || !isObject(translation.data)) return null;
  const { field, type } = translation.data;
  return typeof field === 'string' && typeof type === 'string' ? { field, type } : null;
}

/** 409 duplicate check: a JSON array of the existing records. Only their ids are kept (personal data). */
export function duplicatesFrom(status: number, body: unknown): readonly EspoDuplicate[] {
  if (status !== 409 || !Array.isArray(body)) return [];
  const items: readonly unknown[] = body;
  return items.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [{ id: item.id }] : []));
}
