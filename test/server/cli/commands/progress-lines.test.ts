import { describe, expect, it } from 'vitest';
import { CONSENT_MESSAGES } from '../../../../src/server/cli/commands/consent-messages';
import { RETENTION_MESSAGES } from '../../../../src/server/cli/commands/retention-messages';

describe('progress lines of the RGPD commands', () => {
  it('name the entity type as the summaries do, with grouped counts, in both languages', () => {
    expect(RETENTION_MESSAGES.fr.progress('Lead', 27747)).toMatch(/^Pistes : 27\s747 fiches$/u);
    expect(RETENTION_MESSAGES.en.progress('Contact', 27747)).toBe('Contacts: 27,747 records');
    expect(CONSENT_MESSAGES.fr.progress('Contact', 3447)).toMatch(/^Contacts : 3\s447 personnes$/u);
    expect(CONSENT_MESSAGES.en.progress('Unknown', 5)).toBe('Unknown: 5 people');
  });
});
