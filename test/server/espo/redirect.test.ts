/**
 * A redirect is never followed: axios's redirect library keeps X-Api-Key, X-Hmac-Authorization and
 * Espo-Authorization on another host (a review proved the key reached it), and turns a POST into a GET. The client
 * answers with an error naming where the redirect points (no credentials, no query), and doctor says what to fix.
 */
import axios from 'axios';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { failureText } from '../../../src/server/cli/failure-text';
import { EspoHttpError } from '../../../src/server/espo';
import { checkReachable } from '../../../src/server/espo/doctor/checks';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();
const OTHER = 'http://other.example';

describe('a redirect from EspoCRM', () => {
  it('is not followed: the other host gets no request and no key; the error names the target without credentials or query', async () => {
    const fake = installFake(server);
    const reached: Record<string, string | null>[] = [];
    server.use(
      http.get(`${fake.apiUrl}Contact/abc123`, () => new HttpResponse(null, { status: 302, headers: { Location: `http://user:pw@other.example/api/v1/Contact/abc123?token=s3cret` } })),
      http.all(`${OTHER}/*`, ({ request }) => {
        reached.push({ key: request.headers.get('x-api-key') });
        return HttpResponse.json({ id: 'abc123' });
      }),
    );
    const error = await rejectionOf(apiClient(fake).get('Contact', 'abc123'));
    expect(reached).toEqual([]);
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 302, redirectTo: `${OTHER}/api/v1/Contact/abc123` });
    const text = failureText(error, 'en') ?? '';
    expect(text).toBe(`EspoCRM answered with a redirect (HTTP 302) to ${OTHER}/api/v1/Contact/abc123: GET Contact/abc123. Put the final address of the EspoCRM site in ESPO_URL (espo.url); AutoCible follows no redirect, so that its key never goes to another address.`);
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('pw');
    expect(failureText(error, 'fr')).toContain('redirection (HTTP 302) vers http://other.example/api/v1/Contact/abc123');
  });

  it('is not retried, and a POST is not turned into a GET', async () => {
    const fake = installFake(server);
    let posts = 0;
    server.use(http.post(`${fake.apiUrl}Contact`, () => {
      posts += 1;
      return new HttpResponse(null, { status: 301, headers: { Location: '/crm/api/v1/Contact' } });
    }));
    const error = await rejectionOf(apiClient(fake).create('Contact', { lastName: 'Durand' }));
    expect(error).toMatchObject({ status: 301, redirectTo: expect.stringMatching(/\/crm\/api\/v1\/Contact$/u) });
    expect(posts).toBe(1);
  });

  it('fails doctor\'s reachability check with the target, where http:// should be https://', async () => {
    server.use(http.get('http://crm.example/api/v1/App/user', () => new HttpResponse(null, { status: 301, headers: { Location: 'https://crm.example/api/v1/App/user' } })));
    const result = await checkReachable(axios.create(), 'http://crm.example/api/v1/', 2000);
    expect(result).toMatchObject({ status: 'fail', reason: 'redirected', vars: { status: '301', target: 'https://crm.example/api/v1/App/user' } });
  });
});
