import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY, planRetention } from '../../../../src/core/retention';
import { planJson } from '../../../../src/server/cli/commands/retention-messages';

describe('planJson: a retention plan as one JSON line (`retention plan --json`)', () => {
  it('names the field of an unreadable date without its value (anyone may have typed a name or a phone number there), and keeps real dates', () => {
    const plan = planRetention({
      id: 'l-1', entityType: 'Lead', createdAt: '2022-05-10', inboundEmails: ['2099-01-01'], lastInboundContactAt: 'Dupont 0699887766',
    }, DEFAULT_RETENTION_POLICY, '2024-06-01');
    const line = planJson(plan, 'fr');
    expect(line).not.toContain('0699887766');
    expect(line).not.toContain('Dupont');
    const parsed = JSON.parse(line) as { ignoredDates: unknown[] };
    expect(parsed.ignoredDates).toEqual(expect.arrayContaining([
      { input: 'lastInboundContactAt', reason: 'invalid' },
      { input: 'inboundEmails', value: '2099-01-01', reason: 'future' },
    ]));
  });
});
