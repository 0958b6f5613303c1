/**
 * The fake EspoCRM refuses what EspoCRM 9 refuses before any query runs: a record's stream without Stream
 * access (core `Tools/Stream/RecordService::checkAccess`) and a `linkedWith` naming a record that does not
 * exist (core `Select/Where/Checker::checkLink`). Both are 403 with the host's X-Status-Reason.
 */
import { describe, expect, it } from 'vitest';
import { EspoHttpError, where } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { DEFAULT_USERS } from '../../msw/fake-espo';
import type { FakeUser } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;
const user = (key: string, stream: 'all' | 'own' | 'no' | undefined): FakeUser => ({
  id: `6b02c90189922ae${key.length}f`, userName: key, name: key, type: 'api', apiKey: key, dataPrivacyPermission: 'no',
  acl: { Contact: stream === undefined ? FULL : { ...FULL, stream }, Call: { create: 'no', read: 'all', edit: 'no', delete: 'no' } },
});

describe('fake EspoCRM: stream access', () => {
  it('answers 403 "No stream access." when the role refuses the stream, even with read access', async () => {
    const fake = installFake(server, { users: [...DEFAULT_USERS, user('no-stream', 'no')] });
    const [person] = fake.seed('Contact', [contact()], { derive: true });
    const error = await rejectionOf(apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'no-stream' } }).listStream('Contact', person?.id ?? ''));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: 'No stream access.' });
  });

  it('takes the read level when the role leaves Stream unset, and checks ownership for "own"', async () => {
    const fake = installFake(server, { users: [...DEFAULT_USERS, user('unset', undefined), user('own-only', 'own')] });
    const own = user('own-only', 'own');
    const [mine, theirs] = fake.seed('Contact', [contact({ assignedUserId: own.id }), contact({ lastName: 'Autre', emailAddress: 'autre@exemple.fr' })], { derive: true });
    expect((await apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'unset' } }).listStream('Contact', theirs?.id ?? '')).list).toEqual([]);
    const ownClient = apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'own-only' } });
    expect((await ownClient.listStream('Contact', mine?.id ?? '')).list).toEqual([]);
    expect(await rejectionOf(ownClient.listStream('Contact', theirs?.id ?? ''))).toMatchObject({ status: 403, statusReason: 'No stream access.' });
  });

  it('answers 404 "Record not found." for a missing record, before the access check', async () => {
    const fake = installFake(server, { users: [...DEFAULT_USERS, user('no-stream', 'no')] });
    const error = await rejectionOf(apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'no-stream' } }).listStream('Contact', '6d0000000000009ff'));
    expect(error).toMatchObject({ status: 404, statusReason: 'Record not found.' });
  });
});

describe('fake EspoCRM: linkedWith a record that does not exist', () => {
  it('answers 403 "Record \'Contact\' `<id>` not found." and lists nothing', async () => {
    const fake = installFake(server, { users: [...DEFAULT_USERS, user('reader', 'all')] });
    const client = apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'reader' } });
    const error = await rejectionOf(client.list('Call', { where: [where.linkedWith('contacts', ['6d0000000000009ff'])], select: ['name'] }));
    expect(error).toMatchObject({ status: 403, statusReason: "Record 'Contact' `6d0000000000009ff` not found." });
  });

  it('lists as before when every id exists', async () => {
    const fake = installFake(server, { users: [...DEFAULT_USERS, user('reader', 'all')] });
    const [person] = fake.seed('Contact', [contact()], { derive: true });
    const client = apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'reader' } });
    const page = await client.list('Call', { where: [where.linkedWith('contacts', [person?.id ?? ''])], select: ['name'] });
    expect(page.list).toEqual([]);
  });
});
