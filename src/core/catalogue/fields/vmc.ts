import { label } from '../label';
import type { FieldDef } from '../types';

/** Customer value written by the VMC job (domain.md §4.3): course formula and its margin variants. */
const VMC = {
  type: 'float',
  isPersonalData: false,
  audited: false,
  retention: 'computed',
  dataCategory: 'value',
  panel: 'vmc',
  computed: true,
} as const;

export const VMC_FIELDS: readonly FieldDef[] = [
  {
    ...VMC,
    name: 'autoCibleVmcBrute',
    min: 0,
    label: label('VMC brute (CA)', 'Gross customer value (revenue)'),
    tooltip: label(
      'Valeur moyenne client sur la période, selon la formule du cours : f × m + m × (r × (P − 1)), en euros de chiffre d’affaires.',
      'Average customer value over the period with the course formula f × m + m × (r × (P − 1)), in euros of revenue.',
    ),
  },
  {
    ...VMC,
    name: 'autoCibleVmcNette',
    label: label('VMC nette (CA)', 'Net customer value (revenue)'),
    tooltip: label(
      'VMC brute moins le coût d’acquisition d’un client ; elle peut être négative quand le client coûte plus qu’il ne rapporte.',
      'Gross value minus the cost of acquiring a customer; it can be negative when the customer costs more than it brings.',
    ),
  },
  {
    ...VMC,
    name: 'autoCibleVmcMarge',
    min: 0,
    label: label('VMC sur marge', 'Customer value (margin)'),
    tooltip: label(
      'Même formule que la VMC brute, appliquée à la marge par transaction plutôt qu’au montant, pour ne pas surestimer la valeur.',
      'Same formula as the gross value applied to the margin per transaction instead of the amount, so value is not overstated.',
    ),
  },
  {
    ...VMC,
    name: 'autoCibleVmcNetteMarge',
    label: label('VMC nette sur marge', 'Net customer value (margin)'),
    tooltip: label(
      'VMC sur marge moins le coût d’acquisition ; c’est la valeur la plus prudente, et elle peut être négative.',
      'Margin-based value minus the acquisition cost; the most prudent value, and it can be negative.',
    ),
  },
  {
    ...VMC,
    name: 'autoCibleVmcComputedAt',
    type: 'datetime',
    label: label('VMC calculée le', 'Customer value computed at'),
    tooltip: label(
      'Date et heure (UTC) du dernier calcul de la VMC par AutoCible.',
      'Date and time (UTC) AutoCible last computed the customer value.',
    ),
  },
];
