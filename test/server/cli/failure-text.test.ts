import { describe, expect, it } from 'vitest';
import { AutoCibleError } from '../../../src/core/errors';
import { JsonlFileError, RunLockedError, RunLockLostError, SaltFileError } from '../../../src/server/audit';
import { failureMessage, failureText } from '../../../src/server/cli/failure-text';
import { ConfigError } from '../../../src/server/config';
import type { ConfigProblem } from '../../../src/server/config';
import { CsvEncodingError, CsvFileError, CsvHeaderError } from '../../../src/server/csv/errors';
import {
  EspoAbortError, EspoContractError, EspoFieldsNotStoredError, EspoHttpError, EspoNetworkError, EspoRecordNotFoundError, EspoTimeoutError,
} from '../../../src/server/espo/errors';
import type { EspoRequestInfo } from '../../../src/server/espo/errors';
import { DatasetDirectoryError } from '../../../src/server/jobs/errors';
import { ActivityAccessError } from '../../../src/server/jobs/retention/activity-access-error';
import { ErasePermissionError } from '../../../src/server/jobs/retention/erase-permission-error';
import { RegisterConfigError } from '../../../src/server/register';
import { StateFileError } from '../../../src/server/state';
import { CANARY, CANARY_VALUES } from '../../fixtures/secrets';

/** English words of the fixed parts: none may appear in a French text. */
const ENGLISH = /\b(the|is|not|missing|cannot|could|read|file|directory|found|invalid|check|set|error|request|failed|refused|access|grant|try|again|unreadable|line|run|duplicate|required|header|empty|answered|reached)\b/iu;

/** A request whose full URL carries credentials and a personal value: only `GET Contact/…` may be printed. */
const request: EspoRequestInfo = {
  method: 'GET', path: 'Contact/c0000000000000001', entityType: 'Contact', id: 'c0000000000000001',
  url: `https://${CANARY.username}:${CANARY.password}@crm.example.com/api/v1/Contact/c0000000000000001?api_key=${CANARY.apiKey}&email=jean.dupont@exemple.fr`,
};
const httpError = (status: number): EspoHttpError =>
  new EspoHttpError(request, { status, statusReason: `jean.dupont@exemple.fr ${CANARY.secretKey}`, validation: null, duplicates: [], retryAfterMs: null });

interface Case {
  readonly name: string;
  readonly error: unknown;
  /** Typed values each text must name. */
  readonly fields: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'a missing dataset directory', error: new DatasetDirectoryError('/data/garage', 'missing'), fields: ['/data/garage'] },
  { name: 'a dataset path that is a file', error: new DatasetDirectoryError('/data/garage.csv', 'notADirectory'), fields: ['/data/garage.csv'] },
  { name: 'a missing CSV file', error: new CsvFileError('opportunities.csv', 'missing'), fields: ['opportunities.csv'] },
  { name: 'a CSV file of mixed encodings', error: new CsvEncodingError('consentements.csv', 3003, 'mixed'), fields: ['consentements.csv', '3003'] },
  { name: 'a UTF-16 CSV file', error: new CsvEncodingError('contacts.csv', 1, 'utf16'), fields: ['contacts.csv'] },
  { name: 'an unreadable CSV file', error: new CsvFileError('contacts.csv', 'unreadable'), fields: ['contacts.csv'] },
  { name: 'a CSV header', error: new CsvHeaderError('leads.csv', { empty: false, duplicates: ['Nom'], missingRequired: ['lastName'] }), fields: ['leads.csv', 'Nom', 'lastName'] },
  { name: 'an empty CSV file', error: new CsvHeaderError('leads.csv', { empty: true, duplicates: [], missingRequired: [] }), fields: ['leads.csv'] },
  { name: 'a broken JSONL line', error: new JsonlFileError('/state/audit.jsonl', 12, 'unexpectedShape'), fields: ['/state/audit.jsonl', '12'] },
  { name: 'a bad salt file', error: new SaltFileError('/state/salt', 'invalid'), fields: ['/state/salt'] },
  { name: 'a salt that cannot be created', error: new SaltFileError('/state/salt', 'missing'), fields: ['/state/salt'] },
  { name: 'a state file', error: new StateFileError('/state/state.json', 'invalidJson'), fields: ['/state/state.json'] },
  { name: 'a register configuration', error: new RegisterConfigError('/etc/register.json', [{ path: 'activities.2.legalBasis', message: 'Invalid input', reason: 'invalid', schemaCode: 'invalid_type' }]), fields: ['/etc/register.json', 'activities.2.legalBasis'] },
  { name: 'an unreadable register configuration', error: new RegisterConfigError('/etc/register.json', [{ path: '', message: 'cannot be read', reason: 'unreadable' }]), fields: ['/etc/register.json'] },
  { name: 'a locked run', error: new RunLockedError('/state/run.lock', 4242), fields: ['/state/run.lock', '4242'] },
  { name: 'a lock another run took over', error: new RunLockLostError('/state/apply.lock'), fields: ['/state/apply.lock'] },
  { name: 'a refused erase', error: new ErasePermissionError('Lead', 'l0000000000000001'), fields: ['Lead/l0000000000000001'] },
  { name: 'unreadable activities', error: new ActivityAccessError('Call', 403), fields: ['Call', '403'] },
  { name: 'refused credentials', error: httpError(401), fields: ['401', 'GET Contact/c0000000000000001'] },
  { name: 'a forbidden request', error: httpError(403), fields: ['403', 'GET Contact/c0000000000000001'] },
  { name: 'a request for nothing', error: httpError(404), fields: ['404', 'GET Contact/c0000000000000001'] },
  { name: 'another HTTP status', error: httpError(502), fields: ['502', 'GET Contact/c0000000000000001'] },
  { name: 'an unreachable server', error: new EspoNetworkError(request, 'ECONNREFUSED', new Error(CANARY.apiKey)), fields: ['ECONNREFUSED', 'GET Contact/c0000000000000001'] },
  { name: 'a timeout', error: new EspoTimeoutError(request, 30_000, new Error('timeout')), fields: ['30000', 'GET Contact/c0000000000000001'] },
  { name: 'a response of another shape', error: new EspoContractError(request, [{ path: ['list'], code: 'invalid_type', message: 'Expected array' }], null), fields: ['1', 'GET Contact/c0000000000000001'] },
  { name: 'a record that does not exist', error: new EspoRecordNotFoundError('Contact', 'c0000000000000009'), fields: ['Contact/c0000000000000009'] },
  { name: 'a local file the system refused (a file where the state folder should be)', error: Object.assign(new Error('ENOTDIR: not a directory, open \'/srv/state/salt\''), { code: 'ENOTDIR', syscall: 'open', path: '/srv/state/salt', errno: -20 }), fields: ['/srv/state/salt', 'ENOTDIR'] },
  { name: 'fields EspoCRM did not store', error: new EspoFieldsNotStoredError('Contact', 'c0000000000000009', ['autoCibleRetentionStatus', 'autoCibleScore']), fields: ['autoCibleRetentionStatus, autoCibleScore', 'Contact/c0000000000000009'] },
];

describe('failureText', () => {
  for (const { name, error, fields } of CASES) {
    it(`words ${name} in both languages from its typed fields, never with a secret or a personal value`, () => {
      const fr = failureText(error, 'fr');
      const en = failureText(error, 'en');
      expect(fr).toBeDefined();
      expect(en).toBeDefined();
      expect(fr).not.toBe(en);
      for (const field of fields) {
        expect(fr).toContain(field);
        expect(en).toContain(field);
      }
      // The fixed parts only: the typed values (paths, column names…) are the user's own words.
      const fixedFr = fields.reduce((text, field) => text.split(field).join(' '), fr ?? '');
      expect(fixedFr).not.toMatch(ENGLISH);
      for (const text of [fr, en]) {
        for (const secret of CANARY_VALUES) expect(text).not.toContain(secret);
        expect(text).not.toContain('jean.dupont');
        expect(text).not.toContain('crm.example.com');
      }
    });
  }

  it('says how to recover a state file whose content is broken, and nothing of the kind for one that cannot be written', () => {
    expect(failureText(new StateFileError('/s/state.json', 'invalidShape'), 'en')).toContain('move it aside: without state.json the next run reads everything');
    expect(failureText(new StateFileError('/s/webhooks.json', 'invalidJson'), 'fr')).toContain('relancez webhooks register');
    expect(failureText(new StateFileError('/s/state.json', 'unwritable'), 'en')).toBe('Unusable state file (/s/state.json): cannot be written.');
  });

  it('leaves other errors to the caller: an aborted request, another AutoCible error, a bug', () => {
    class OtherError extends AutoCibleError {
      readonly code = 'OTHER';
    }
    expect(failureText(new EspoAbortError(request), 'fr')).toBeUndefined();
    expect(failureText(new OtherError('other'), 'fr')).toBeUndefined();
    expect(failureText(new TypeError('bug'), 'fr')).toBeUndefined();
    expect(failureMessage(new OtherError('other'), 'fr')).toBe('other');
    expect(failureMessage(new TypeError('bug'), 'fr')).toBeUndefined();
  });
});

describe('failureText of a configuration error', () => {
  const problems: readonly ConfigProblem[] = [
    { variable: 'ESPO_URL', problem: 'is missing', fix: 'Set it', code: 'missing', field: 'url' },
    { variable: 'ESPO_URL', problem: 'is not an http(s) URL', fix: 'Set it', code: 'invalid', field: 'url' },
    { variable: 'ESPO_RETRIES', problem: 'Too big', fix: 'Use a whole number', code: 'invalid', field: 'retries' },
    { variable: 'ESPO_API_KEY', problem: 'is missing while ESPO_SECRET_KEY is set', fix: 'Copy', code: 'missingWithSecret', secretFrom: 'ESPO_SECRET_KEY' },
    { variable: 'ESPO_API_KEY', problem: 'is missing (no credentials at all)', fix: 'Copy', code: 'noCredentials' },
    { variable: 'ESPO_PASSWORD', problem: 'is missing', fix: 'Set both', code: 'missing', field: 'password' },
    { variable: '/etc/a.json', problem: 'does not exist', fix: 'Check the --config path', code: 'fileMissing' },
    { variable: '/etc/b.json', problem: 'cannot be read', fix: 'Fix the file', code: 'fileUnreadable', option: '--config' },
    { variable: '/etc/c.json', problem: 'is not valid JSON', fix: 'Fix the file', code: 'fileInvalid', option: '--config' },
    { variable: '/etc/d.yaml', problem: 'is neither valid JSON nor valid YAML', fix: 'Fix the file', code: 'fileInvalid', option: '--policy' },
    { variable: '/etc/e.yaml', problem: 'cannot be read', fix: 'Check the path given to --policy', code: 'fileUnreadable', option: '--policy' },
    { variable: '/etc/f.json#espo', problem: 'is missing', fix: 'Put the settings under an "espo" object', code: 'sectionMissing', section: 'espo' },
    { variable: '/etc/g.yaml#prospectMonths', problem: 'Too big', fix: 'Durations are whole months', code: 'policyInvalid' },
    { variable: '/etc/i.json#serve', problem: 'is not an object', fix: 'Put the settings under a "serve" object', code: 'sectionNotObject', section: 'serve' },
    { variable: '/etc/i.json#serve.port', problem: 'Too big', fix: 'See the README', code: 'serveInvalid' },
  ];

  it('words every coded problem in French under the one heading, naming each variable', () => {
    const text = failureText(new ConfigError(problems), 'fr') ?? '';
    const lines = text.split('\n');
    expect(lines[0]).toBe('Configuration invalide :');
    expect(lines.slice(1)).toHaveLength(problems.length);
    problems.forEach((problem, i) => {
      const line = lines[i + 1] ?? '';
      expect(line.startsWith(`  • ${problem.variable} : `)).toBe(true);
      const fixed = line.slice(`  • ${problem.variable}`.length).replace(/ESPO_[A-Z_]+|--config|--policy|https?:\S+/gu, ' ');
      expect(fixed).not.toMatch(ENGLISH);
    });
  });

  it('keeps the English text of a problem without a code, and of every problem in English', () => {
    const uncoded: ConfigProblem = { variable: '/etc/h.json#serve.port', problem: 'Too big: expected number to be <=65535', fix: 'See the README' };
    const fr = failureText(new ConfigError([uncoded]), 'fr');
    expect(fr).toBe('Configuration invalide :\n  • /etc/h.json#serve.port: Too big: expected number to be <=65535. See the README');
    const en = failureText(new ConfigError(problems.slice(0, 1)), 'en');
    expect(en).toBe('Invalid configuration:\n  • ESPO_URL: is missing. Set it');
  });

  it('never prints a secret the configuration held', () => {
    const error = new ConfigError([
      { variable: 'ESPO_API_KEY', problem: 'is missing while ESPO_SECRET_KEY is set', fix: 'Copy', code: 'missingWithSecret', secretFrom: 'ESPO_SECRET_KEY' },
    ]);
    for (const lang of ['fr', 'en'] as const) {
      const text = failureText(error, lang) ?? '';
      expect(text).toContain('ESPO_SECRET_KEY');
      for (const secret of CANARY_VALUES) expect(text).not.toContain(secret);
    }
  });
});

describe('failureText of the problems loadConfig finds', () => {
  it('words each of them in French, with a code, and no value of the settings', async () => {
    const { loadConfig } = await import('../../../src/server/config');
    const env = { ESPO_URL: `ftp://${CANARY.username}:${CANARY.password}@crm`, ESPO_SECRET_KEY: CANARY.secretKey, ESPO_TIMEOUT_MS: '12', ESPO_USERNAME: 'u' };
    let error: unknown;
    try {
      loadConfig({ env, cwd: '/nonexistent' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.code)).not.toContain(undefined);
    const text = failureText(error, 'fr') ?? '';
    expect(text).toContain('ESPO_TIMEOUT_MS : est hors des valeurs permises');
    expect(text).toContain('ESPO_URL : n’est pas une adresse http(s)');
    for (const secret of CANARY_VALUES) expect(text).not.toContain(secret);
  });
});
