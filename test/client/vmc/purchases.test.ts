import { describe, expect, it } from 'vitest';
import { allowedMaxSize } from '../../../src/client/vmc/purchases';

describe('allowedMaxSize', () => {
  const xhr = (status: number, reason: string | null) => ({ status, getResponseHeader: (name: string) => (name === 'X-Status-Reason' ? reason : null) });

  it('reads the installation’s limit from EspoCRM’s refusal (recording contact-list-maxsize-over-limit)', () => {
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 50. Use offset and limit.'), 200)).toBe(50);
  });

  it('is null for any other failure, and for a limit that cannot help', () => {
    expect(allowedMaxSize(xhr(403, 'No read access.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(500, 'Max size should not exceed 50. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 200. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 0. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, null), 200)).toBeNull();
    expect(allowedMaxSize(new Error('403'), 200)).toBeNull();
  });
});
