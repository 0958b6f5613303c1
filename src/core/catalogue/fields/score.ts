import { SCORE_GRADE } from '../enums/governance';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Written by the scoring job only (domain.md §3.5–3.6): not personal, recomputed, cleared with the person. */
const SCORE = {
  isPersonalData: false,
  audited: false,
  retention: 'computed',
  dataCategory: 'scoring',
  panel: 'score',
  computed: true,
} as const;

export const SCORE_FIELDS: readonly FieldDef[] = [
  {
    ...SCORE,
    name: 'autoCibleScore',
    type: 'int',
    min: 0,
    max: 100,
    label: label('Score', 'Score'),
    tooltip: label(
      'Score global de 0 à 100 combinant l’adéquation (profil) et l’engagement (intérêt récent) ; le détail des points est dans les raisons.',
      'Overall score from 0 to 100 combining fit (profile) and engagement (recent intent); the points are detailed in the reasons.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoreFit',
    type: 'int',
    min: 0,
    max: 100,
    label: label('Score d’adéquation', 'Fit score'),
    tooltip: label(
      'Points de 0 à 100 donnés par le profil (taille de parc, fonction, secteur, véhicule détenu) ; ils ne décroissent pas avec le temps.',
      'Points from 0 to 100 given by the profile (fleet size, job function, sector, vehicle owned); they do not decay over time.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoreEngagement',
    type: 'int',
    min: 0,
    max: 100,
    label: label('Score d’engagement', 'Engagement score'),
    tooltip: label(
      'Points de 0 à 100 donnés par les signaux d’intérêt (demande de devis, essai, fin de contrat proche) ; ils décroissent avec le temps.',
      'Points from 0 to 100 given by intent signals (quote request, test drive, contract ending soon); they decay over time.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoreGrade',
    type: 'enum',
    enum: SCORE_GRADE,
    label: label('Note', 'Grade'),
    tooltip: label(
      'Lettre de A (prioritaire) à D (froid) déduite du score selon les seuils du modèle, pour trier les listes d’appels.',
      'Letter from A (top priority) to D (cold) derived from the score with the model thresholds, to sort call lists.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoreReasons',
    type: 'text',
    // The score side panel shows each reason with its value and points.
    inDetailLayout: false,
    label: label('Raisons du score', 'Score reasons'),
    tooltip: label(
      'Détail au format JSON de chaque règle évaluée, de la valeur observée et des points donnés, pour expliquer le score au commercial.',
      'JSON detail of every rule evaluated, the value it saw and the points it gave, so a salesperson can read why.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoredAt',
    type: 'datetime',
    label: label('Score calculé le', 'Scored at'),
    tooltip: label(
      'Date et heure (UTC) du dernier calcul du score ; un score ancien peut ne plus refléter l’intérêt actuel.',
      'Date and time (UTC) the score was last computed; an old score may no longer reflect current intent.',
    ),
  },
  {
    ...SCORE,
    name: 'autoCibleScoreModel',
    type: 'varchar',
    maxLength: 50,
    label: label('Modèle de score', 'Score model'),
    tooltip: label(
      'Identifiant et version du modèle de score utilisé ; un changement de version entraîne un recalcul complet.',
      'Identifier and version of the score model used; a version change triggers a full recompute.',
    ),
  },
];
