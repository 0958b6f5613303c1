/**
 * The one line a command prints on stderr when Ctrl-C stops it (`interrupt.ts`), in French and English: what it
 * left as it was, and whether running it again finishes the work. `score` and `retention apply` say it in their
 * report (`score-messages.ts`, `retention-messages.ts`).
 */
type Lang = 'fr' | 'en';

export interface InterruptMessages {
  /** A command that reads only, or a dry run. */
  readonly nothingChanged: string;
  /** `register` before it writes its files. */
  readonly nothingWritten: string;
  /** `register` once its files are written. */
  readonly registerWritten: (dir: string) => string;
  /** `retention plan --write` on EspoCRM: each record's plan is one write. */
  readonly planSaved: string;
  /** `consent sync|import --yes` on EspoCRM: each person's history is one write, and a rerun records nothing twice. */
  readonly consentSaved: string;
  /** `opposition add|remove --yes`: the audit line and the list line are written together. */
  readonly oppositionDone: string;
  readonly webhooksRegistered: (file: string) => string;
  readonly webhooksRemoved: (file: string) => string;
  /** `serve` before it listens. */
  readonly beforeStart: string;
  /** `npm run sample:generate`: the files of `dir` are cut short. */
  readonly sampleIncomplete: (dir: string) => string;
}

const fr: InterruptMessages = {
  nothingChanged: 'Interrompu : rien n’a été modifié.',
  nothingWritten: 'Interrompu : aucun fichier n’a été écrit.',
  registerWritten: (dir) => `Interrompu : les fichiers du registre ont d’abord été écrits en entier dans ${dir}.`,
  planSaved: 'Interrompu : les fiches déjà traitées ont leur plan enregistré dans EspoCRM ; relancez la commande pour les autres.',
  consentSaved: 'Interrompu : les personnes déjà traitées sont à jour dans EspoCRM ; relancez la même commande pour terminer (rien n’est enregistré deux fois).',
  oppositionDone: 'Interrompu : la modification en cours a d’abord été terminée ; la liste d’opposition et le journal d’audit concordent.',
  webhooksRegistered: (file) => `Interrompu : l’enregistrement a d’abord été terminé ; les webhooks d’EspoCRM et leurs secrets dans ${file} concordent.`,
  webhooksRemoved: (file) => `Interrompu : la suppression a d’abord été terminée ; les webhooks d’EspoCRM et ${file} concordent.`,
  beforeStart: 'Interrompu avant le démarrage : rien n’a été modifié.',
  sampleIncomplete: (dir) => `Interrompu : les fichiers de ${dir} sont incomplets ; relancez la génération.`,
};

const en: InterruptMessages = {
  nothingChanged: 'Interrupted: nothing was changed.',
  nothingWritten: 'Interrupted: no file was written.',
  registerWritten: (dir) => `Interrupted: the register files were first written in full to ${dir}.`,
  planSaved: 'Interrupted: the records already processed have their plan saved in EspoCRM; run the command again for the others.',
  consentSaved: 'Interrupted: the people already processed are up to date in EspoCRM; run the same command again to finish (nothing is recorded twice).',
  oppositionDone: 'Interrupted: the change under way was completed first; the opposition list and the audit log agree.',
  webhooksRegistered: (file) => `Interrupted: the registration was completed first; EspoCRM's webhooks and their secrets in ${file} agree.`,
  webhooksRemoved: (file) => `Interrupted: the removal was completed first; EspoCRM's webhooks and ${file} agree.`,
  beforeStart: 'Interrupted before starting: nothing was changed.',
  sampleIncomplete: (dir) => `Interrupted: the files in ${dir} are incomplete; run the generator again.`,
};

export const INTERRUPT_MESSAGES: Readonly<Record<Lang, InterruptMessages>> = { fr, en };
