import { FINANCER, FINANCING_MODE, PURCHASE_TYPE } from '../enums/commerce';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Purchase and financing contract of the vehicle (domain.md §1.3–1.4): business data, not personal. */
const FINANCING = {
  isPersonalData: false,
  audited: false,
  retention: 'business',
  dataCategory: 'financing',
  panel: 'financing',
} as const;

export const VEHICLE_FINANCING_FIELDS: readonly FieldDef[] = [
  {
    ...FINANCING,
    name: 'purchaseType',
    type: 'enum',
    enum: PURCHASE_TYPE,
    label: label('Type d’achat', 'Purchase type'),
    tooltip: label(
      'Véhicule acheté neuf (VN), de démonstration, 0 km, d’occasion récent (VOR) ou d’occasion (VO), tel que déclaré à la vente.',
      'Vehicle bought new, as a demo car, zero-km, nearly new or used, as declared at the sale.',
    ),
    csvAliases: ['VN/VO', 'neuf ou occasion'],
  },
  {
    ...FINANCING,
    name: 'purchaseDate',
    type: 'date',
    label: label('Date d’achat', 'Purchase date'),
    tooltip: label(
      'Date de livraison ou de facturation du véhicule au client ; elle relance la relation client.',
      'Date the vehicle was delivered or invoiced to the customer; it restarts the customer relationship.',
    ),
    csvAliases: ['date de vente', 'date de livraison'],
  },
  {
    ...FINANCING,
    name: 'purchasePrice',
    type: 'float',
    min: 0,
    label: label('Prix d’achat (€ TTC)', 'Purchase price (€ incl. VAT)'),
    tooltip: label(
      'Prix payé pour le véhicule, en euros TTC, utilisé pour le montant moyen des transactions.',
      'Price paid for the vehicle, in euros including VAT, used for the average transaction amount.',
    ),
    csvAliases: ['prix', 'prix de vente'],
  },
  {
    ...FINANCING,
    name: 'financingMode',
    type: 'enum',
    enum: FINANCING_MODE,
    label: label('Mode de financement', 'Financing mode'),
    tooltip: label(
      'Comptant, crédit, LOA, LLD, crédit-bail ou location : la fin d’un contrat est le déclencheur de renouvellement le plus fort.',
      'Cash, loan, lease with option, contract hire, finance lease or rental: a contract end is the strongest renewal trigger.',
    ),
    csvAliases: ['financement', 'mode de financement'],
  },
  {
    ...FINANCING,
    name: 'financer',
    type: 'enum',
    enum: FINANCER,
    label: label('Financeur', 'Financer'),
    tooltip: label(
      'Organisme qui finance le véhicule : banque captive de la marque, banque ou loueur longue durée.',
      'Company financing the vehicle: brand captive bank, bank or long-term lessor.',
    ),
    csvAliases: ['organisme de financement', 'loueur'],
  },
  {
    ...FINANCING,
    name: 'financingStartDate',
    type: 'date',
    label: label('Début du contrat de financement', 'Financing start date'),
    tooltip: label('Date de début du crédit, de la LOA ou de la LLD.', 'Start date of the loan, lease or contract hire.'),
    csvAliases: ['début de contrat'],
  },
  {
    ...FINANCING,
    name: 'financingEndDate',
    type: 'date',
    label: label('Fin du contrat de financement', 'Financing end date'),
    tooltip: label(
      'Date de fin du crédit, de la LOA ou de la LLD ; dans les 6 mois qui précèdent, le client est à relancer.',
      'End date of the loan, lease or contract hire; the customer should be contacted in the 6 months before it.',
    ),
    csvAliases: ['fin de contrat', 'échéance du contrat'],
  },
  {
    ...FINANCING,
    name: 'financingMileageCap',
    type: 'int',
    min: 0,
    label: label('Kilométrage contractuel', 'Contract mileage cap (km)'),
    tooltip: label(
      'Kilométrage total prévu au contrat de LOA ou de LLD (loi de roulage) ; son dépassement avance le renouvellement.',
      'Total mileage allowed by the lease or contract hire; exceeding it brings the renewal forward.',
    ),
    csvAliases: ['loi de roulage', 'kilométrage contrat'],
  },
  {
    ...FINANCING,
    name: 'monthlyPayment',
    type: 'float',
    min: 0,
    label: label('Mensualité (€ TTC)', 'Monthly payment (€ incl. VAT)'),
    tooltip: label(
      'Montant mensuel du loyer ou de l’échéance de crédit, en euros TTC.',
      'Monthly rent or loan instalment, in euros including VAT.',
    ),
    csvAliases: ['loyer mensuel', 'mensualité'],
  },
];

const LINK = {
  type: 'link',
  isPersonalData: false,
  audited: true,
  retention: 'business',
  dataCategory: 'vehicle',
  panel: 'vehicle',
} as const;

export const VEHICLE_LINK_FIELDS: readonly FieldDef[] = [
  {
    ...LINK,
    name: 'account',
    linkEntity: 'Account',
    label: label('Compte', 'Account'),
    tooltip: label(
      'Entreprise propriétaire ou utilisatrice du véhicule, pour les véhicules de flotte.',
      'Company that owns or uses the vehicle, for fleet vehicles.',
    ),
    csvAliases: ['entreprise', 'société'],
  },
  {
    ...LINK,
    name: 'contact',
    linkEntity: 'Contact',
    label: label('Contact', 'Contact'),
    tooltip: label(
      'Personne qui détient ou conduit le véhicule ; pour un véhicule de société, son conducteur habituel.',
      'Person who owns or drives the vehicle; for a company vehicle, its usual driver.',
    ),
    csvAliases: ['propriétaire', 'conducteur'],
  },
];
