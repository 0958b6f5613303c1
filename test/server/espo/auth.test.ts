import { createHmac } from 'node:crypto';
import axios from 'axios';
import { describe, expect, it } from 'vitest';
import { authHeaders, hmacAuthorization } from '../../../src/server/espo';
import { installAuth } from '../../../src/server/espo/auth';

describe('authentication headers (§4.1)', () => {
  it('API key: X-Api-Key', () => {
    expect(authHeaders({ kind: 'apiKey', apiKey: 'k' }, 'GET', 'Contact')).toEqual({ 'X-Api-Key': 'k' });
  });

  it('HMAC: base64(apiKey:hex(HMAC-SHA256(secret, "GET /Contact"))), query string not signed', () => {
    const header = hmacAuthorization('key', 'secret', 'get', 'Contact?maxSize=1&select=id,name');
    const expected = createHmac('sha256', 'secret').update('GET /Contact').digest('hex');
    expect(Buffer.from(header, 'base64').toString()).toBe(`key:${expected}`);
    expect(hmacAuthorization('key', 'secret', 'GET', '/Contact')).toBe(header);
  });

  it('Basic: Espo-Authorization base64(username:password)', () => {
    expect(authHeaders({ kind: 'basic', username: 'admin', password: 'pw' }, 'GET', 'App/user'))
      .toEqual({ 'Espo-Authorization': Buffer.from('admin:pw').toString('base64') });
  });

  it('the interceptor signs each request with its own method and path', async () => {
    const http = axios.create();
    const seen: Record<string, unknown>[] = [];
    http.defaults.adapter = async (config) => {
      seen.push({ method: config.method, hmac: config.headers.get('X-Hmac-Authorization') });
      return { data: 'true', status: 200, statusText: 'OK', headers: {}, config };
    };
    installAuth(http, { kind: 'hmac', apiKey: 'key', secretKey: 'secret' });
    await http.request({ method: 'DELETE', url: 'Note/n1' });
    await http.request({ method: 'GET', url: 'Contact?maxSize=1' });
    expect(seen).toEqual([
      { method: 'delete', hmac: hmacAuthorization('key', 'secret', 'DELETE', 'Note/n1') },
      { method: 'get', hmac: hmacAuthorization('key', 'secret', 'GET', 'Contact') },
    ]);
  });
});
