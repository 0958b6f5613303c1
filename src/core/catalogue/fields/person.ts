import { PURCHASE_TYPE } from '../enums/commerce';
import { BUYING_ROLE, CONTACT_ROLE, CUSTOMER_KIND, INBOUND_CONTACT_SOURCE } from '../enums/relationship';
import { label } from '../label';
import type { FieldDef } from '../types';
import { B2C_PROFILE_FIELDS } from './b2c-profile';
import { LIFECYCLE_STAGE_FIELD } from './shared';

/** Targeting data of a person (Contact or Lead); erased or anonymised with the person. */
const PERSON = {
  audited: false,
  retention: 'person',
  panel: 'targeting',
} as const;

const TARGETING_FIELDS: readonly FieldDef[] = [
  {
    ...PERSON,
    name: 'autoCibleCustomerKind',
    type: 'enum',
    enum: CUSTOMER_KIND,
    isPersonalData: false,
    audited: true,
    dataCategory: 'profile',
    label: label('Particulier ou professionnel', 'Private or professional'),
    tooltip: label(
      'Particulier (B2C) ou professionnel (B2B) : décide des règles de prospection applicables (opt-in ou opt-out) et du modèle de score.',
      'Private individual (B2C) or professional (B2B): decides which prospecting rules apply (opt-in or opt-out) and which score model runs.',
    ),
    csvAliases: ['type de client', 'B2B/B2C', 'segment'],
  },
  LIFECYCLE_STAGE_FIELD,
  {
    ...PERSON,
    name: 'autoCibleRole',
    type: 'enum',
    enum: CONTACT_ROLE,
    isPersonalData: false,
    dataCategory: 'profile',
    label: label('Fonction', 'Job function'),
    tooltip: label(
      'Fonction de l’interlocuteur dans l’entreprise (dirigeant, DAF, responsable de parc…), utilisée par le score des flottes.',
      'Function of the contact in the company (owner, CFO, fleet manager…), used by the fleet score.',
    ),
    csvAliases: ['poste', 'fonction interlocuteur'],
  },
  {
    ...PERSON,
    name: 'autoCibleBuyingRole',
    type: 'enum',
    enum: BUYING_ROLE,
    isPersonalData: false,
    dataCategory: 'profile',
    label: label('Rôle dans l’achat', 'Buying role'),
    tooltip: label(
      'Rôle de la personne dans la décision d’achat : décideur, prescripteur, influenceur, payeur ou utilisateur.',
      'Part the person plays in the buying decision: decision-maker, specifier, influencer, payer or user.',
    ),
    csvAliases: ['rôle décision'],
  },
  {
    ...PERSON,
    name: 'autoCibleBuyerType',
    type: 'enum',
    enum: PURCHASE_TYPE,
    isPersonalData: true,
    dataCategory: 'profile',
    label: label('Type d’acheteur', 'Buyer type'),
    tooltip: label(
      'Type de véhicule que la personne achète habituellement : neuf, démonstration, 0 km, occasion récente ou occasion.',
      'Kind of vehicle the person usually buys: new, demo, zero-km, nearly new or used.',
    ),
    csvAliases: ['acheteur VN/VO'],
  },
  {
    ...PERSON,
    name: 'autoCibleLastInboundContactAt',
    type: 'date',
    isPersonalData: true,
    dataCategory: 'activity',
    label: label('Dernier contact entrant', 'Last inbound contact'),
    tooltip: label(
      'Date du dernier contact venu de la personne (demande, réponse, appel, visite) ; il relance le délai de conservation de 3 ans, pas l’ouverture d’un e-mail.',
      'Date of the last contact that came from the person (request, reply, call, visit); it restarts the 3-year retention clock, an email open does not.',
    ),
    csvAliases: ['date dernier contact'],
  },
  {
    ...PERSON,
    name: 'autoCibleLastInboundContactSource',
    type: 'enum',
    enum: INBOUND_CONTACT_SOURCE,
    isPersonalData: true,
    dataCategory: 'activity',
    label: label('Canal du dernier contact entrant', 'Last inbound contact channel'),
    tooltip: label(
      'Canal par lequel la personne a pris contact la dernière fois (formulaire, e-mail, appel, visite, atelier…).',
      'Channel through which the person last got in touch (form, email, call, visit, workshop…).',
    ),
    csvAliases: ['origine dernier contact'],
  },
  {
    ...PERSON,
    name: 'autoCibleLastWorkshopVisitAt',
    type: 'date',
    isPersonalData: true,
    dataCategory: 'activity',
    label: label('Dernier passage atelier', 'Last workshop visit'),
    tooltip: label(
      'Date du dernier passage facturé à l’atelier, tous véhicules confondus ; il prolonge la relation client et nourrit le score.',
      'Date of the last invoiced workshop visit, any vehicle; it extends the customer relationship and feeds the score.',
    ),
    csvAliases: ['date dernier passage atelier', 'dernière visite atelier'],
  },
];

/** Person fields shared by Contact and Lead, before the score, consent, retention and VMC groups. */
export const PERSON_FIELDS: readonly FieldDef[] = [...TARGETING_FIELDS, ...B2C_PROFILE_FIELDS];
