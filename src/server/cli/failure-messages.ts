/**
 * French and English sentences of the failures a user can meet (`failureText`). Each takes the error's typed
 * fields: names of files, variables, entity types and record ids, never a secret nor a personal-data value.
 */
import type { CsvEncodingProblem } from '../csv/errors';
import type { StateFileProblem } from '../state/state-file-error';

type Lang = 'fr' | 'en';

/** Heading of an invalid configuration: the only source, also used by `doctor`. */
export const CONFIG_INVALID_HEADING: Readonly<Record<Lang, string>> = { fr: 'configuration invalide :', en: 'invalid configuration:' };

export interface FailureMessages {
  readonly dirMissing: (dir: string) => string;
  readonly dirNotDirectory: (dir: string) => string;
  readonly csvFile: Readonly<Record<'missing' | 'notAFile' | 'unreadable', (file: string) => string>>;
  /** A CSV file neither UTF-8 nor Windows-1252 (`CsvEncodingError`): the file, the line, what was found. */
  readonly csvEncoding: (file: string, line: number, problem: CsvEncodingProblem) => string;
  /** `file: part; part`, the parts below. */
  readonly header: (file: string, parts: readonly string[]) => string;
  readonly headerEmpty: string;
  readonly headerDuplicates: (columns: string) => string;
  readonly headerMissing: (columns: string) => string;
  readonly jsonlLine: (path: string, line: number, notJson: boolean) => string;
  readonly salt: Readonly<Record<'invalid' | 'missing', (path: string) => string>>;
  readonly stateFile: (path: string, problem: StateFileProblem) => string;
  readonly localFile: (path: string, code: string) => string;
  readonly registerConfig: (file: string, issues: readonly string[]) => string;
  readonly registerRoot: string;
  readonly runLocked: (path: string, pid: number | null) => string;
  readonly scoreLocked: (path: string, pid: number | null) => string;
  readonly runLockLost: (path: string) => string;
  readonly erasePermission: (entityType: string, recordId: string) => string;
  readonly activityAccess: (entityType: string, status: number) => string;
  readonly espoUnauthorized: (request: string) => string;
  readonly espoForbidden: (request: string) => string;
  readonly espoNotFound: (request: string) => string;
  readonly espoStatus: (status: number, request: string) => string;
  /** A 3xx: AutoCible follows no redirect (its key would go along); `target` is scheme, host and path, or null. */
  readonly espoRedirect: (status: number, target: string | null, request: string) => string;
  readonly espoNetwork: (networkCode: string | null, request: string) => string;
  readonly espoTimeout: (timeoutMs: number, request: string) => string;
  readonly espoContract: (issues: number, request: string) => string;
  readonly recordNotFound: (entityType: string, id: string) => string;
  readonly fieldsNotStored: (entityType: string, id: string, fields: string) => string;
  /** A scoring model file that does not parse or validate: its path and one line per problem. */
  readonly scoringModel: (file: string | undefined, issues: readonly string[]) => string;
}

const STATE_PROBLEMS: Readonly<Record<Lang, Readonly<Record<StateFileProblem, string>>>> = {
  fr: { unreadable: 'illisible', invalidJson: 'pas du JSON valide', invalidShape: 'contenu inattendu', unwritable: 'écriture impossible' },
  en: { unreadable: 'unreadable', invalidJson: 'not valid JSON', invalidShape: 'unexpected content', unwritable: 'cannot be written' },
};

/** What to do with a state file whose content is broken (a disk that filled up, a hand edit): it is never reset silently. */
const STATE_REPAIR: Readonly<Record<Lang, string>> = {
  fr: ' Restaurez-le depuis une sauvegarde, ou mettez-le de côté : sans state.json, le prochain passage relit tout ; sans webhooks.json, relancez webhooks register.',
  en: ' Restore it from a backup, or move it aside: without state.json the next run reads everything; without webhooks.json, run webhooks register again.',
};

const stateRepair = (lang: Lang, problem: StateFileProblem): string => (problem === 'invalidJson' || problem === 'invalidShape' ? STATE_REPAIR[lang] : '');

const fr: FailureMessages = {
  dirMissing: (dir) => `Dossier introuvable : ${dir}`,
  dirNotDirectory: (dir) => `${dir} n’est pas un dossier`,
  csvFile: {
    missing: (file) => `Fichier manquant : ${file}`,
    notAFile: (file) => `${file} n’est pas un fichier`,
    unreadable: (file) => `Fichier illisible : ${file}`,
  },
  csvEncoding: (file, line, problem) => `Impossible de lire ${file} : la ligne ${line} contient ${({
    invalidUtf8: 'des octets qui ne sont pas de l’UTF-8 après du texte UTF-8 (encodages mélangés ?)',
    notWindows1252: 'un octet qui n’est ni de l’UTF-8 ni du Windows-1252',
    mixed: 'du texte UTF-8 dans un fichier qui n’est pas en UTF-8 (encodages mélangés ?)',
    nulByte: 'un octet nul (pas un CSV texte : un classeur renommé en .csv, ou de l’UTF-16 ?)',
    utf16: 'une marque d’ordre UTF-16 (« Texte Unicode »)',
  } satisfies Record<CsvEncodingProblem, string>)[problem]}. Enregistrez-le en « CSV UTF-8 » ou corrigez cette ligne.`,
  header: (file, parts) => `${file} : ${parts.join(' ; ')}`,
  headerEmpty: 'fichier vide, ligne d’en-tête absente',
  headerDuplicates: (columns) => `colonnes en double dans l’en-tête : ${columns}`,
  headerMissing: (columns) => `colonnes obligatoires absentes de l’en-tête : ${columns}`,
  jsonlLine: (path, line, notJson) => `${path}, ligne ${line} : ${notJson ? 'pas du JSON' : 'entrée inattendue'} ; corrigez ou déplacez le fichier avant de relancer.`,
  salt: {
    invalid: (path) => `${path} : ce n’est pas un sel de 64 caractères hexadécimaux ; restaurez-le depuis une sauvegarde.`,
    missing: (path) => `${path} : impossible de créer le sel ; vérifiez les droits d’écriture du dossier.`,
  },
  stateFile: (path, problem) => `Fichier d’état inutilisable (${path}) : ${STATE_PROBLEMS.fr[problem]}.${stateRepair('fr', problem)}`,
  localFile: (path, code) => `Fichier local inaccessible : ${path} (${code}). Vérifiez que les chemins donnés (--state-dir, --out…) désignent un dossier existant où vous pouvez écrire.`,
  registerConfig: (file, issues) => `Configuration du registre invalide (${file}) :\n${issues.map((i) => `  • ${i}`).join('\n')}`,
  registerRoot: '(fichier)',
  runLocked: (path, pid) => `Une autre anonymisation est en cours (${path}${pid === null ? '' : `, processus ${pid}`}) : réessayez quand elle sera finie.`,
  scoreLocked: (path, pid) => `Un autre calcul de scores, ou autocible serve, écrit déjà ce fichier d’état (${path}${pid === null ? '' : `, processus ${pid}`}) : attendez qu’il finisse ou arrêtez serve, ou ajoutez --dry-run.`,
  runLockLost: (path) => `Une autre exécution a repris le verrou ${path} (celle-ci a été suspendue plus de 2 minutes, ou son horloge retarde sur l’autre machine) : celle-ci s’est arrêtée après l’étape en cours. Relancez-la une fois l’autre finie ; le journal d’audit reprend là où elle s’est arrêtée.`,
  erasePermission: (entityType, recordId) =>
    `EspoCRM refuse d’effacer ${entityType}/${recordId} : donnez au rôle de l’utilisateur API la permission « Confidentialité des données ».`,
  activityAccess: (entityType, status) =>
    `L’utilisateur API ne peut pas lire ${entityType} (HTTP ${status}) : accordez-lui la lecture dans son rôle (Administration > Rôles).`,
  espoUnauthorized: (request) => `EspoCRM refuse les identifiants (HTTP 401) : ${request}. Vérifiez ESPO_API_KEY (et ESPO_SECRET_KEY pour HMAC) et que l’utilisateur API est actif.`,
  espoForbidden: (request) => `EspoCRM refuse l’accès (HTTP 403) : ${request}. Vérifiez les droits du rôle de l’utilisateur API (Administration > Rôles).`,
  espoNotFound: (request) => `EspoCRM ne trouve pas la ressource demandée (HTTP 404) : ${request}.`,
  espoStatus: (status, request) => `EspoCRM a répondu HTTP ${status} : ${request}. Consultez les journaux d’EspoCRM (data/logs).`,
  espoRedirect: (status, target, request) => `EspoCRM a répondu par une redirection (HTTP ${status}) ${target === null ? 'sans adresse' : `vers ${target}`} : ${request}. Mettez l’adresse finale du site EspoCRM dans ESPO_URL (espo.url) ; AutoCible ne suit pas les redirections, pour que sa clé n’aille jamais à une autre adresse.`,
  espoNetwork: (code, request) => `EspoCRM est injoignable${code === null ? '' : ` (${code})`} : ${request}. Vérifiez ESPO_URL, le réseau et le certificat TLS.`,
  espoTimeout: (ms, request) => `EspoCRM n’a pas répondu en ${ms} ms : ${request}. Réessayez, ou augmentez ESPO_TIMEOUT_MS.`,
  espoContract: (issues, request) => `La réponse d’EspoCRM n’a pas la forme attendue (${issues} écart(s)) : ${request}.`,
  recordNotFound: (entityType, id) => `Fiche introuvable dans EspoCRM : ${entityType}/${id}`,
  fieldsNotStored: (entityType, id, fields) => `EspoCRM a répondu sans enregistrer ${fields} sur ${entityType}/${id} : le rôle de l’utilisateur API doit pouvoir modifier ces champs (Administration > Rôles, niveau des champs), et l’extension installée doit les définir (autocible doctor).`,
  scoringModel: (file, issues) => `Modèle de score invalide${file === undefined ? '' : ` (${file})`} :\n${issues.map((i) => `  • ${i}`).join('\n')}`,
};

const en: FailureMessages = {
  dirMissing: (dir) => `Directory not found: ${dir}`,
  dirNotDirectory: (dir) => `${dir} is not a directory`,
  csvFile: {
    missing: (file) => `Missing file: ${file}`,
    notAFile: (file) => `${file} is not a file`,
    unreadable: (file) => `Unreadable file: ${file}`,
  },
  csvEncoding: (file, line, problem) => `Cannot read ${file}: line ${line} holds ${({
    invalidUtf8: 'bytes that are not UTF-8 after UTF-8 text (mixed encodings?)',
    notWindows1252: 'a byte that is neither UTF-8 nor Windows-1252',
    mixed: 'UTF-8 text in a file that is not UTF-8 (mixed encodings?)',
    nulByte: 'a NUL byte (not a text CSV: a spreadsheet renamed .csv, or UTF-16?)',
    utf16: 'a UTF-16 byte order mark ("Unicode Text")',
  } satisfies Record<CsvEncodingProblem, string>)[problem]}. Save it as "CSV UTF-8", or fix that line.`,
  header: (file, parts) => `${file}: ${parts.join('; ')}`,
  headerEmpty: 'empty file, no header row',
  headerDuplicates: (columns) => `duplicate columns in the header: ${columns}`,
  headerMissing: (columns) => `required columns missing from the header: ${columns}`,
  jsonlLine: (path, line, notJson) => `${path}, line ${line}: ${notJson ? 'not JSON' : 'unexpected entry'}; fix or move the file before running again.`,
  salt: {
    invalid: (path) => `${path}: not a 64-character hex salt; restore it from a backup.`,
    missing: (path) => `${path}: the salt could not be created; check that the directory is writable.`,
  },
  stateFile: (path, problem) => `Unusable state file (${path}): ${STATE_PROBLEMS.en[problem]}.${stateRepair('en', problem)}`,
  localFile: (path, code) => `Local file unusable: ${path} (${code}). Check that the paths given (--state-dir, --out…) name an existing folder you may write to.`,
  registerConfig: (file, issues) => `Invalid register configuration (${file}):\n${issues.map((i) => `  • ${i}`).join('\n')}`,
  registerRoot: '(root)',
  runLocked: (path, pid) => `Another anonymisation run is in progress (${path}${pid === null ? '' : `, pid ${pid}`}): try again when it ends.`,
  scoreLocked: (path, pid) => `Another score run, or autocible serve, already writes this state file (${path}${pid === null ? '' : `, pid ${pid}`}): wait for it to end or stop serve, or add --dry-run.`,
  runLockLost: (path) => `Another run took over the lock ${path} (this one was suspended for more than 2 minutes, or its clock is behind the other machine's): this run stopped after the step under way. Run it again once the other has ended; the audit log resumes where it stopped.`,
  erasePermission: (entityType, recordId) => `EspoCRM refused to erase ${entityType}/${recordId}: give the API user's role the Data Privacy permission.`,
  activityAccess: (entityType, status) => `The API user cannot read ${entityType} (HTTP ${status}): grant it read access in its role (Administration > Roles).`,
  espoUnauthorized: (request) => `EspoCRM refused the credentials (HTTP 401): ${request}. Check ESPO_API_KEY (and ESPO_SECRET_KEY for HMAC) and that the API user is active.`,
  espoForbidden: (request) => `EspoCRM refused access (HTTP 403): ${request}. Check the permissions of the API user's role (Administration > Roles).`,
  espoNotFound: (request) => `EspoCRM did not find what was asked for (HTTP 404): ${request}.`,
  espoStatus: (status, request) => `EspoCRM answered HTTP ${status}: ${request}. See the EspoCRM logs (data/logs).`,
  espoRedirect: (status, target, request) => `EspoCRM answered with a redirect (HTTP ${status}) ${target === null ? 'naming no address' : `to ${target}`}: ${request}. Put the final address of the EspoCRM site in ESPO_URL (espo.url); AutoCible follows no redirect, so that its key never goes to another address.`,
  espoNetwork: (code, request) => `EspoCRM cannot be reached${code === null ? '' : ` (${code})`}: ${request}. Check ESPO_URL, the network and the TLS certificate.`,
  espoTimeout: (ms, request) => `EspoCRM did not answer within ${ms} ms: ${request}. Try again, or raise ESPO_TIMEOUT_MS.`,
  espoContract: (issues, request) => `EspoCRM's response does not have the expected shape (${issues} issue(s)): ${request}.`,
  recordNotFound: (entityType, id) => `EspoCRM record not found: ${entityType}/${id}`,
  fieldsNotStored: (entityType, id, fields) => `EspoCRM answered without storing ${fields} on ${entityType}/${id}: the API user's role must be allowed to edit these fields (Administration > Roles, field level), and the installed extension must define them (autocible doctor).`,
  scoringModel: (file, issues) => `Invalid scoring model${file === undefined ? '' : ` (${file})`}:\n${issues.map((i) => `  • ${i}`).join('\n')}`,
};

export const FAILURE_MESSAGES: Readonly<Record<Lang, FailureMessages>> = { fr, en };
