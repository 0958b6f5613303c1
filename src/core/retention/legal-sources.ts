/** Where a retention rule comes from: a sentence in both languages and the text it cites. */
export interface LegalSource {
  readonly fr: string;
  readonly en: string;
  readonly reference: string;
}

const REFERENTIEL =
  'CNIL, référentiel « gestion des activités commerciales », délibération n° 2021-131 du 23 septembre 2021 (JO 10 avril 2022)';

/** Sources of the retention rules (domain.md §2.2, §2.9). */
export const RETENTION_SOURCES = {
  prospect: {
    fr: 'Données d’un prospect : 3 ans à compter de la collecte ou du dernier contact venant de lui ; l’ouverture d’un e-mail n’est pas un contact.',
    en: 'Prospect data: 3 years from collection or the last contact coming from the prospect; an email open is not a contact.',
    reference: `${REFERENTIEL} ; CNIL SAN-2020-003 (Spartoo)`,
  },
  customer: {
    fr: 'Données d’un client utilisées pour la prospection : 3 ans après la fin de la relation commerciale (dernier achat, fin du contrat de financement, fin de la garantie constructeur, dernier passage atelier).',
    en: 'Customer data used for marketing: 3 years after the end of the commercial relationship (last purchase, end of financing, end of manufacturer warranty, last workshop visit).',
    reference: `${REFERENTIEL} ; CNIL SAN-2020-008 (Carrefour)`,
  },
  repermission: {
    fr: 'Avant l’échéance, la personne peut être recontactée une fois pour savoir si elle souhaite encore être sollicitée ; seule une réponse positive relance le délai.',
    en: 'Before the deadline the person may be contacted once to ask whether they still want to hear from us; only a positive answer restarts the clock.',
    reference: REFERENTIEL,
  },
  legalHold: {
    fr: 'Gel juridique : les données nécessaires à la constatation, l’exercice ou la défense de droits en justice sont conservées (archivage intermédiaire).',
    en: 'Legal hold: data needed to establish, exercise or defend legal claims is kept (intermediate archive).',
    reference: 'RGPD art. 17(3)(e) ; CNIL, « Les durées de conservation des données » (archivage intermédiaire)',
  },
  noDate: {
    fr: 'Aucune date exploitable : impossible de calculer le délai, la fiche doit être examinée par une personne avant toute suppression.',
    en: 'No usable date: the retention clock cannot be computed, a person must review the record before anything is erased.',
    reference: 'RGPD art. 5(1)(e) et 5(2)',
  },
  implausibleDate: {
    fr: 'Date improbable : une vente datée de plus de 2 ans après aujourd’hui, une fin de financement à plus de 10 ans ou une fin de garantie à plus de 15 ans est sans doute une erreur de saisie qui prolongerait la conservation ; une personne doit corriger la date, rien n’est supprimé d’ici là.',
    en: 'Implausible date: a sale dated more than 2 years after today, a financing end more than 10 years ahead or a warranty end more than 15 years ahead is most likely a typo that would extend retention; a person must correct the date, nothing is erased meanwhile.',
    reference: 'RGPD art. 5(1)(d) et 5(1)(e)',
  },
} as const satisfies Readonly<Record<string, LegalSource>>;
