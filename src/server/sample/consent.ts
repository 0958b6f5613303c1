/**
 * Consent per channel (domain.md §2.3–2.5): private persons are opt-in for e-mail and SMS, with the
 * soft opt-in of customers; professionals are opt-out; postal mail is opt-out for everyone. Each
 * recorded status carries its date, source and proof, as RGPD art. 7(1) asks.
 */
import type { ConsentSourceCode, ConsentStatusCode } from '../../core/catalogue';
import { dateBetween } from './dates';
import type { Rng } from './prng';

const CHANNELS = ['Email', 'Sms', 'Phone', 'Postal'] as const;
type Channel = (typeof CHANNELS)[number];

export interface ConsentContext {
  readonly professional: boolean;
  /** Soft opt-in needs a sale (CNIL): only customers can have it. */
  readonly customer: boolean;
  /** Consents are collected between these dates. */
  readonly from: string;
  readonly to: string;
}

type Weights = readonly (readonly [ConsentStatusCode, number])[];

function statusWeights(channel: Channel, ctx: ConsentContext): Weights {
  const soft = ctx.customer ? 1 : 0;
  if (channel === 'Postal') return [['OPT_IN', 35], ['OPT_OUT', 10], ['UNKNOWN', 55]];
  if (ctx.professional) {
    return channel === 'Phone' ? [['OPT_IN', 15], ['OPT_OUT', 5], ['UNKNOWN', 80]] : [['OPT_IN', 20], ['SOFT_OPT_IN', 15 * soft], ['OPT_OUT', 5], ['UNKNOWN', 60]];
  }
  if (channel === 'Phone') return [['OPT_IN', 25], ['OPT_OUT', 15], ['UNKNOWN', 60]];
  return channel === 'Email'
    ? [['OPT_IN', 35], ['SOFT_OPT_IN', 30 * soft], ['OPT_OUT', 10], ['UNKNOWN', 25]]
    : [['OPT_IN', 30], ['SOFT_OPT_IN', 20 * soft], ['OPT_OUT', 10], ['UNKNOWN', 40]];
}

const SOURCES: Readonly<Record<Exclude<ConsentStatusCode, 'UNKNOWN'>, readonly (readonly [ConsentSourceCode, number])[]>> = {
  OPT_IN: [['FORMULAIRE', 50], ['MAGASIN', 30], ['TELEPHONE', 10], ['EMAIL', 5], ['IMPORT', 5]],
  SOFT_OPT_IN: [['MAGASIN', 85], ['FORMULAIRE', 15]],
  OPT_OUT: [['EMAIL', 40], ['TELEPHONE', 20], ['COURRIER', 20], ['MAGASIN', 15], ['AUTRE', 5]],
};

const PROOFS: Readonly<Record<ConsentSourceCode, readonly string[]>> = {
  FORMULAIRE: ['Case cochée « J’accepte de recevoir les offres » – formulaire demande d’essai v3', 'Case cochée – formulaire devis en ligne v2'],
  MAGASIN: ['Bon de commande signé en concession, mention d’information et case d’opposition', 'Fiche client papier signée en showroom'],
  TELEPHONE: ['Accord oral enregistré lors de l’appel entrant', 'Demande orale notée par le conseiller'],
  EMAIL: ['Réponse par e-mail conservée dans l’historique', 'Clic sur le lien de désinscription de la newsletter'],
  COURRIER: ['Courrier reçu et scanné dans la GED'],
  IMPORT: ['Import du fichier salon Auto Lyon, consentement recueilli par l’organisateur'],
  AUTRE: ['Demande transmise par le service client'],
};

/** The 16 consent attributes of a Contact or Lead (`autoCibleConsent{Channel}{Status|Date|Source|Proof}`). */
export function makeConsents(rng: Rng, ctx: ConsentContext): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const channel of CHANNELS) {
    const status = rng.weighted(statusWeights(channel, ctx));
    const key = `autoCibleConsent${channel}`;
    out[`${key}Status`] = status;
    if (status === 'UNKNOWN') {
      out[`${key}Date`] = null;
      out[`${key}Source`] = null;
      out[`${key}Proof`] = null;
      continue;
    }
    const source = rng.weighted(SOURCES[status]);
    out[`${key}Date`] = dateBetween(rng, ctx.from, ctx.to);
    out[`${key}Source`] = source;
    out[`${key}Proof`] = rng.pick(PROOFS[source]);
  }
  return out;
}
