import { AxiosError } from 'axios';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isAutoCibleError } from '../../../src/core/errors';
import {
  EspoAbortError, EspoContractError, EspoHttpError, EspoNetworkError, EspoTimeoutError, isEspoContractError, isEspoHttpError,
} from '../../../src/server/espo';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

describe('EspoCRM client: error hierarchy', () => {
  it('names the status and the request in the message: "EspoCRM request failed with 403 Forbidden: PATCH Contact/abc123"', async () => {
    const fake = installFake(server);
    server.use(http.patch(`${fake.apiUrl}Contact/abc123`, () =>
      new HttpResponse(null, { status: 403, headers: { 'X-Status-Reason': 'No edit access.' } })));
    const error = await rejectionOf(apiClient(fake).update('Contact', 'abc123', { title: 'x' }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, method: 'PATCH', entityType: 'Contact', id: 'abc123', statusReason: 'No edit access.' });
    expect(String(error)).toBe('EspoHttpError: EspoCRM request failed with 403 Forbidden: PATCH Contact/abc123');
    expect(isAutoCibleError(error)).toBe(true);
  });

  it('reports a response of the wrong shape as an EspoContractError, not an HTTP error', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact/abc123`, () => HttpResponse.json({ name: 'no id here' })));
    const error = await rejectionOf(apiClient(fake).get('Contact', 'abc123'));
    expect(error).toBeInstanceOf(EspoContractError);
    expect(isEspoHttpError(error)).toBe(false);
    expect(error).toMatchObject({ endpoint: 'GET Contact/abc123', recordId: 'abc123', issues: [expect.objectContaining({ path: ['id'] })] });
  });

  it('names the record of a list whose item breaks the contract', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact`, () => HttpResponse.json({ total: 'many', list: [] })));
    const error = await rejectionOf(apiClient(fake).list('Contact'));
    expect(isEspoContractError(error)).toBe(true);
    expect(error).toMatchObject({ issues: [expect.objectContaining({ path: ['total'] })], recordId: null });
  });

  it('reports a 200 that is not JSON (a proxy login page) as a contract error', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}App/user`, () => HttpResponse.text('<html>login</html>')));
    const error = await rejectionOf(apiClient(fake).getAppUser());
    expect(error).toBeInstanceOf(EspoContractError);
    expect(error).toMatchObject({ issues: [{ code: 'invalid_json', path: [], message: 'Response body is not JSON' }] });
  });

  it('wraps a failed connection in EspoNetworkError with a redacted cause, never an AxiosError', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact`, () => HttpResponse.error()));
    const error = await rejectionOf(apiClient(fake, { retry: false }).list('Contact'));
    expect(error).toBeInstanceOf(EspoNetworkError);
    expect(error).not.toBeInstanceOf(AxiosError);
    expect(error).toMatchObject({ method: 'GET', path: 'Contact' });
    const cause = error instanceof Error ? error.cause : undefined;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).not.toBeInstanceOf(AxiosError);
    expect(Object.keys(cause ?? {})).not.toContain('config');
  });

  it('gives up an attempt after timeoutMs with EspoTimeoutError', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact`, async () => {
      await delay(500);
      return HttpResponse.json({ total: 0, list: [] });
    }));
    const error = await rejectionOf(apiClient(fake, { timeoutMs: 30, retry: false }).list('Contact'));
    expect(error).toBeInstanceOf(EspoTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30, method: 'GET' });
    expect(error instanceof Error ? error.cause : undefined).toBeInstanceOf(Error);
  });

  it('rejects with EspoAbortError, without sending, when the signal is already aborted', async () => {
    const fake = installFake(server);
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(apiClient(fake).list('Contact', { signal: controller.signal }));
    expect(error).toBeInstanceOf(EspoAbortError);
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects with EspoAbortError when the signal fires during the request', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact`, async () => {
      await delay(500);
      return HttpResponse.json({ total: 0, list: [] });
    }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(apiClient(fake).list('Contact', { signal: controller.signal }));
    expect(error).toBeInstanceOf(EspoAbortError);
  });

  it('fails closed: a request no handler knows is an error, never a silent success', async () => {
    const fake = installFake(server);
    const error = await rejectionOf(apiClient(fake, { retry: false, baseUrl: 'http://unknown.test' }).list('Contact'));
    expect(error).toBeInstanceOf(EspoNetworkError);
    expect(fake.requests).toHaveLength(0);
  });
});
