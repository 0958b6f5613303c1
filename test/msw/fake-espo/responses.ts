import { HttpResponse } from 'msw';

/** An error the way EspoCRM sends most of them: empty body, reason in `X-Status-Reason` (§4.6). */
export function statusReason(status: number, reason: string, contentType = 'application/json'): HttpResponse<null> {
  return new HttpResponse(null, { status, headers: { 'Content-Type': contentType, 'X-Status-Reason': reason } });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** 401: `text/html`, empty body; `WWW-Authenticate` only when no credentials were sent (auth-401-*.json). */
export function unauthorized(withChallenge: boolean): HttpResponse<null> {
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=UTF-8' };
  if (withChallenge) headers['WWW-Authenticate'] = 'Basic realm=""';
  return new HttpResponse(null, { status: 401, headers });
}

export function validationFailure(entityType: string, field: string, type: string): HttpResponse<string> {
  return json(
    { messageTranslation: { label: 'validationFailure', scope: null, data: { field, type } } },
    400,
    { 'X-Status-Reason': `Field validation failure; entityType: ${entityType}, field: ${field}, type: ${type}.` },
  );
}

export const notFound = (id: string): HttpResponse<null> => statusReason(404, `Record ${id} does not exist.`);
export const forbidden = (reason: string): HttpResponse<null> => statusReason(403, reason);
export const TRUE_RESPONSE = (): HttpResponse<string> => json(true);

/** Thrown inside handlers to answer with an error response. */
export class FakeHttpError extends Error {
  constructor(readonly response: HttpResponse<null> | HttpResponse<string>) {
    super(`fake EspoCRM answered ${response.status}`);
  }
}
