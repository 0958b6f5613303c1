/**
 * Configuration problems in the user's language: a `ConfigProblem` with a `code` is worded in French from its
 * typed values; one without (or in English) keeps its own English `problem` and `fix`. Never a value.
 */
import type { ConfigProblem, ConfigProblemCode } from '../config/config-error';
import type { PolicyReason } from '../config/policy-problem';
import type { EspoConfig } from '../config/schema';
import type { RegisterConfigIssue } from '../register/register-config-error';

type Lang = 'fr' | 'en';

const FIXES_FR: Readonly<Record<keyof EspoConfig, string>> = {
  url: 'Indiquez l’adresse de votre site EspoCRM, par ex. ESPO_URL=https://crm.example.com',
  apiKey: 'Copiez la clé API de l’utilisateur API (Administration > Utilisateurs API)',
  secretKey: 'Copiez la clé secrète de l’utilisateur API HMAC, ou retirez-la pour utiliser la clé API seule',
  username: 'Définissez ESPO_USERNAME et ESPO_PASSWORD ensemble, ou utilisez un utilisateur API (ESPO_API_KEY)',
  password: 'Définissez ESPO_USERNAME et ESPO_PASSWORD ensemble, ou utilisez un utilisateur API (ESPO_API_KEY)',
  timeoutMs: 'Indiquez un nombre de millisecondes entre 1000 et 600000',
  maxConcurrency: 'Indiquez un nombre entier entre 1 et 32',
  retries: 'Indiquez un nombre entier entre 0 et 10',
};

const OTHER_FILE_FR = 'Corrigez le fichier ou indiquez-en un autre avec --config';
const SERVE_FIX_FR = 'Voir le README, « Running autocible serve next to EspoCRM » : host, port, schedules (cron et mode), timezone, debounceMs, maxWaitMs, maxBodyBytes';
const POLICY_FIX_FR = 'Les durées sont en mois entiers (1 à 120) et en jours (0 à 365) ; une durée plus longue que celle du référentiel de la CNIL demande une « justification »';

const POLICY_TYPES_FR: Readonly<Record<string, string>> = {
  int: 'un nombre entier', number: 'un nombre', string: 'un texte',
  object: 'un objet avec prospectMonths, customerMonths, repermissionDays ou justification',
};

/** Why a value of a `--policy` file is refused, in French. */
function policyReasonFr(reason: PolicyReason | undefined): string {
  switch (reason?.kind) {
    case 'justificationRequired': {
      const longer = reason.longer.map(({ key, months }) => `${key} dépasse les ${months} mois du référentiel de la CNIL`).join(' et ');
      return `est obligatoire, car ${longer === '' ? 'une durée dépasse celle du référentiel de la CNIL' : longer} ; indiquez pourquoi les données sont conservées plus longtemps`;
    }
    case 'unknownKeys':
      return `contient des clés inconnues (${reason.keys.join(', ')})`;
    case 'wrongType':
      return `doit être ${POLICY_TYPES_FR[reason.expected] ?? `de type ${reason.expected}`}`;
    case 'tooSmall':
      return reason.text ? 'ne doit pas être vide' : `doit valoir au moins ${reason.minimum}`;
    case 'tooBig':
      return reason.text ? `doit compter au plus ${reason.maximum} caractères` : `doit valoir au plus ${reason.maximum}`;
    case 'invalid':
    case undefined:
      return 'est refusé';
  }
}

/** The French `problem` and `fix` of a coded problem. */
function french(problem: ConfigProblemCode): { problem: string; fix: string } {
  switch (problem.code) {
    case 'fileMissing':
      return { problem: 'n’existe pas', fix: 'Vérifiez le chemin donné à --config' };
    case 'fileUnreadable':
      return { problem: 'est illisible', fix: problem.option === '--config' ? OTHER_FILE_FR : 'Vérifiez le chemin donné à --policy' };
    case 'fileInvalid':
      return problem.option === '--config'
        ? { problem: 'n’est pas du JSON valide', fix: OTHER_FILE_FR }
        : { problem: 'n’est ni du JSON ni du YAML valide (selon son extension)', fix: 'Corrigez le fichier (JSON, ou YAML pour .yaml/.yml)' };
    case 'sectionMissing':
      return { problem: 'est absent', fix: `Placez les réglages dans un objet « ${problem.section} »` };
    case 'sectionNotObject':
      return { problem: 'n’est pas un objet', fix: `Placez les réglages dans un objet « ${problem.section} »` };
    case 'serveInvalid':
      return { problem: 'est refusé', fix: SERVE_FIX_FR };
    case 'missing':
      return { problem: 'est absent', fix: FIXES_FR[problem.field] };
    case 'invalid':
      return { problem: problem.field === 'url' ? 'n’est pas une adresse http(s)' : 'est hors des valeurs permises', fix: FIXES_FR[problem.field] };
    case 'missingWithSecret':
      return { problem: `est absent alors que ${problem.secretFrom} est défini`, fix: FIXES_FR.apiKey };
    case 'noCredentials':
      return { problem: 'est absent (aucun identifiant)', fix: FIXES_FR.apiKey };
    case 'policyInvalid':
      return { problem: policyReasonFr(problem.reason), fix: POLICY_FIX_FR };
  }
}

/** `ESPO_URL : est absent. Indiquez…`, one line per problem, without a heading. */
export function configProblemLines(problems: readonly ConfigProblem[], lang: Lang): string[] {
  return problems.map((p) => {
    if (lang === 'en' || p.code === undefined) return `${p.variable}: ${p.problem}. ${p.fix}`;
    const text = french(p);
    return `${p.variable} : ${text.problem}. ${text.fix}`;
  });
}

/** French words for the zod issue codes the register schema produces. */
const SCHEMA_CODES_FR: Readonly<Record<string, string>> = {
  invalid_type: 'valeur absente ou de mauvais type',
  too_small: 'vide ou trop courte',
  too_big: 'trop longue',
  invalid_format: 'format invalide',
  invalid_value: 'valeur non permise',
  invalid_union: 'valeur invalide',
  unrecognized_keys: 'clés inconnues',
};

/** `activities.2.legalBasis : valeur absente ou de mauvais type`, or the English message. */
export function registerIssueLine(issue: RegisterConfigIssue, lang: Lang, root: string): string {
  const path = issue.path === '' ? root : issue.path;
  if (lang === 'en') return `${path}: ${issue.message}`;
  const text = issue.reason === 'unreadable' ? 'fichier introuvable ou illisible'
    : issue.reason === 'notJson' ? 'pas du JSON valide'
      : SCHEMA_CODES_FR[issue.schemaCode ?? ''] ?? 'valeur invalide';
  return `${path} : ${text}`;
}
