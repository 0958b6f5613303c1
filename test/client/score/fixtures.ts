/** A scored B2C contact as the scoring job leaves it (catalogue fields/score.ts, core/score-reasons). */
import { serialiseScoreReasons } from '../../../src/core/score-reasons';
import { b2cContact, emailOptIn } from '../rgpd/fixtures';
import type { ConsentEvent } from '../../../src/core/consent';
import type { ScoreReasons } from '../../../src/core/score-reasons';

export const SCORE_PANEL_ID = 'auto-cible:views/record/panels/score';

export const reasons: ScoreReasons = {
  v: 1,
  modelId: 'b2c-renewal',
  modelVersion: '2026.1',
  fired: [
    { rule: 'vehicle-age', axis: 'fit', label: { fr: 'Véhicule de plus de 4 ans', en: 'Vehicle older than 4 years' }, value: 62, points: 20 },
    { rule: 'owns-vul', axis: 'fit', label: { fr: 'Possède un VUL', en: 'Owns a light commercial vehicle' }, value: true, points: 15 },
    { rule: 'no-email', axis: 'fit', label: { fr: 'Pas d’e-mail', en: 'No email' }, value: null, points: -5 },
    { rule: 'lease-ends', axis: 'engagement', label: { fr: 'Fin de LOA dans 3 mois', en: 'Lease ends in 3 months' }, value: '2027-02-15', points: 27.5 },
    { rule: 'test-drive', axis: 'engagement', label: { fr: 'Essai récent', en: 'Recent test drive' }, value: 12, points: 12.25 },
  ],
  top: { fr: 'Fin de LOA dans 3 mois, véhicule de plus de 4 ans et possède un VUL.', en: 'Lease ends in 3 months, vehicle older than 4 years and owns a light commercial vehicle.' },
};

export const scoredContact: Record<string, unknown> = {
  autoCibleScore: 55,
  autoCibleScoreFit: 30,
  autoCibleScoreEngagement: 40,
  autoCibleScoreGrade: 'B',
  autoCibleScoreReasons: serialiseScoreReasons(reasons),
  autoCibleScoredAt: '2026-11-22 09:30:00',
  autoCibleScoreModel: 'b2c-renewal@2026.1',
};

export const phoneOptOut: ConsentEvent = { channel: 'phone', status: 'OPT_OUT', date: '2026-06-18', source: 'TELEPHONE' };

/** The scored contact, a private person who opted in to email and objected to calls. */
export const consentedContact: Record<string, unknown> = { ...b2cContact([emailOptIn, phoneOptOut]), ...scoredContact };
