import { describe, expect, it } from 'vitest';
import { CONSENT_MESSAGES } from '../../../../src/server/cli/commands/consent-messages';
import { countsText, RETENTION_MESSAGES } from '../../../../src/server/cli/commands/retention-messages';

describe('counts in the RGPD summaries', () => {
  it('groups the digits of large counts as each language writes them', () => {
    const counts = { keep: 3974, repermission: 57, anonymise: 1_200_000, review: 0, hold: 17 };
    expect(countsText(counts, RETENTION_MESSAGES.fr.actions, 'fr')).toBe('conserver 3\u202f974, redemander l’accord 57, anonymiser 1\u202f200\u202f000, à examiner 0, gel juridique 17');
    expect(countsText(counts, RETENTION_MESSAGES.en.actions, 'en')).toBe('keep 3,974, ask re-permission 57, anonymise 1,200,000, review 0, legal hold 17');
    expect(RETENTION_MESSAGES.fr.planSummary('…', 1234, 5678)).toBe('Total par action : …. Déjà anonymisées : 1\u202f234. Fiches mises à jour : 5\u202f678.');
    expect(CONSENT_MESSAGES.fr.channelSummary('e-mail', 3756, 1240)).toBe('e-mail : 3\u202f756 permis, 1\u202f240 non permis');
    expect(CONSENT_MESSAGES.en.channelSummary('email', 3756, 1240)).toBe('email: 3,756 allowed, 1,240 not allowed');
  });
});
