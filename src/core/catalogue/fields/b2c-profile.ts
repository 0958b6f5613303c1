import { AGE_BAND, CSP, FAMILY_SITUATION, GENDER, HOUSING_TYPE, INTERESTS } from '../enums/profile';
import { label } from '../label';
import type { FieldDef } from '../types';

/** B2C targeting profile (domain.md §1.13): personal data, erased with the person. */
const PROFILE = {
  isPersonalData: true,
  audited: false,
  retention: 'person',
  dataCategory: 'profile',
  panel: 'b2c',
} as const;

export const B2C_PROFILE_FIELDS: readonly FieldDef[] = [
  {
    ...PROFILE,
    name: 'autoCibleBirthDate',
    type: 'date',
    dataCategory: 'identity',
    label: label('Date de naissance', 'Date of birth'),
    tooltip: label(
      'Date de naissance de la personne ; la tranche d’âge en est déduite et elle n’est jamais exportée vers un ciblage.',
      'Date of birth of the person; the age band is derived from it and it is never exported to a targeting file.',
    ),
    csvAliases: ['né le', 'birthdate', 'date naissance'],
  },
  {
    ...PROFILE,
    name: 'autoCibleAgeBand',
    type: 'enum',
    enum: AGE_BAND,
    label: label('Tranche d’âge', 'Age band'),
    tooltip: label(
      'Tranche d’âge, calculée à partir de la date de naissance ou importée d’un fichier qui ne donne que la tranche.',
      'Age band, computed from the date of birth or imported from a file that only gives the band.',
    ),
    csvAliases: ['âge', 'classe d’âge'],
  },
  {
    ...PROFILE,
    name: 'autoCibleGender',
    type: 'enum',
    enum: GENDER,
    label: label('Sexe', 'Gender'),
    tooltip: label(
      'Sexe déclaré par la personne, utilisé seulement pour des statistiques et des ciblages agrégés.',
      'Gender stated by the person, used only for statistics and aggregated targeting.',
    ),
    csvAliases: ['genre personne', 'sex'],
  },
  {
    ...PROFILE,
    name: 'autoCibleFamilySituation',
    type: 'enum',
    enum: FAMILY_SITUATION,
    label: label('Situation familiale', 'Family situation'),
    tooltip: label(
      'Situation familiale déclarée ; elle aide à proposer le bon gabarit de véhicule (citadine, familiale, monospace).',
      'Stated family situation; it helps propose the right vehicle size (city car, estate, people carrier).',
    ),
    csvAliases: ['situation de famille', 'marital status'],
  },
  {
    ...PROFILE,
    name: 'autoCibleChildrenCount',
    type: 'int',
    min: 0,
    max: 20,
    label: label('Nombre d’enfants', 'Number of children'),
    tooltip: label(
      'Nombre d’enfants à charge déclaré, utile pour le nombre de places et le volume de coffre recherchés.',
      'Stated number of dependent children, useful for the number of seats and boot volume needed.',
    ),
    csvAliases: ['enfants', 'children'],
  },
  {
    ...PROFILE,
    name: 'autoCibleCsp',
    type: 'enum',
    enum: CSP,
    dataCategory: 'economic',
    label: label('Catégorie socioprofessionnelle', 'Socio-professional category'),
    tooltip: label(
      'Groupe socioprofessionnel INSEE (PCS de niveau 1), complété par retraité, étudiant et sans activité.',
      'INSEE socio-professional group (PCS level 1), completed with retired, student and not in employment.',
    ),
    csvAliases: ['CSP', 'PCS', 'profession'],
  },
  {
    ...PROFILE,
    name: 'autoCibleHousingType',
    type: 'enum',
    enum: HOUSING_TYPE,
    label: label('Type d’habitat', 'Housing type'),
    tooltip: label(
      'Maison ou appartement : une maison permet souvent d’installer une borne de recharge, ce qui compte pour proposer un véhicule électrique.',
      'House or flat: a house often allows a home charger, which matters when proposing an electric vehicle.',
    ),
    csvAliases: ['habitat', 'logement'],
  },
  {
    ...PROFILE,
    name: 'autoCibleInterests',
    type: 'multiEnum',
    enum: INTERESTS,
    label: label('Centres d’intérêt', 'Interests'),
    tooltip: label(
      'Centres d’intérêt déclarés ou fournis par un fichier sous licence, pour adapter l’offre (attelage, loisirs, technologie…).',
      'Interests stated by the person or supplied by a licensed file, to tailor the offer (towing, leisure, technology…).',
    ),
    csvAliases: ['intérêts', 'loisirs'],
  },
];
