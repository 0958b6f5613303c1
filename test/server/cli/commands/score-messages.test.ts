import { describe, expect, it } from 'vitest';
import { SCORE_MESSAGES } from '../../../../src/server/cli/commands/score-messages';

describe('the score summary’s reach line', () => {
  it('agrees with the number of people in both languages', () => {
    expect(SCORE_MESSAGES.en.reach('1', 'e-mail 1', 1)).toBe('Reachable (consent and EspoCRM opt-outs, of 1 person scored): e-mail 1');
    expect(SCORE_MESSAGES.en.reach('2', 'e-mail 2', 2)).toBe('Reachable (consent and EspoCRM opt-outs, of 2 people scored): e-mail 2');
    expect(SCORE_MESSAGES.fr.reach('1', 'e-mail 1', 1)).toBe('Joignables (consentement et oppositions EspoCRM, sur 1 personne notée) : e-mail 1');
    expect(SCORE_MESSAGES.fr.reach('1 234', 'e-mail 800', 1234)).toBe('Joignables (consentement et oppositions EspoCRM, sur 1 234 personnes notées) : e-mail 800');
  });
});
