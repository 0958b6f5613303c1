import { describe, expect, it } from 'vitest';
import { displayUrl } from '../../../src/server/espo';

describe('displayUrl: the EspoCRM address as AutoCible prints and files it', () => {
  it('keeps a plain address exactly as typed, so state keys written before stay the same', () => {
    expect(displayUrl('https://crm.example.fr/')).toBe('https://crm.example.fr/');
    expect(displayUrl('https://crm.example.fr/espo')).toBe('https://crm.example.fr/espo');
  });

  it('drops a user name, a password, a query and a fragment', () => {
    expect(displayUrl('https://proxy:s3cr3t@crm.example.fr/espo')).toBe('https://crm.example.fr/espo');
    expect(displayUrl('https://user@crm.example.fr')).toBe('https://crm.example.fr');
    expect(displayUrl('https://crm.example.fr/?token=abc#x')).toBe('https://crm.example.fr');
  });

  it('shows nothing of an address it cannot read', () => {
    expect(displayUrl('not a url :pass@')).toBe('[REDACTED]');
  });
});
