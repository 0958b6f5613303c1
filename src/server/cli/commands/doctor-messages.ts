import type { DoctorCheckId, DoctorReason } from '../../espo/doctor';
import { CONFIG_INVALID_HEADING } from '../failure-messages';

/**
 * French and English texts of `autocible doctor`: a title per check, a sentence per outcome, and the fix
 * printed under a failure. `{name}` placeholders are filled from the check's vars.
 */
type Lang = 'fr' | 'en';
type Text = Readonly<Record<Lang, string>>;

export const CHECK_TITLES: Readonly<Record<DoctorCheckId, Text>> = {
  config: { fr: 'Configuration', en: 'Configuration' },
  reachable: { fr: "L’URL répond et c’est EspoCRM", en: 'The URL answers and is EspoCRM' },
  auth: { fr: 'Authentification (GET App/user)', en: 'Authentication (GET App/user)' },
  version: { fr: 'Version d’EspoCRM compatible', en: 'EspoCRM version is supported' },
  extension: { fr: 'Extension AutoCible installée', en: 'AutoCible extension installed' },
  permissions: { fr: "Droits de l’utilisateur API", en: 'API user permissions' },
  readAccess: { fr: 'Lecture des ventes, activités et utilisateurs', en: 'Read access to sales, activities and users' },
  stream: { fr: 'Lecture du flux (notes supprimées par retention apply)', en: 'Stream read access (notes deleted by retention apply)' },
};

export const OUTCOMES: Readonly<Record<DoctorReason, Text>> = {
  ok: { fr: 'OK', en: 'OK' },
  skipped: { fr: 'non vérifié (une vérification précédente a échoué)', en: 'not checked (an earlier check failed)' },
  configInvalid: { fr: `${CONFIG_INVALID_HEADING.fr}\n{problems}`, en: `${CONFIG_INVALID_HEADING.en}\n{problems}` },
  unreachable: { fr: '{url} ne répond pas ({code})', en: '{url} does not answer ({code})' },
  notEspo: { fr: "{url} répond, mais pas comme EspoCRM (HTTP {status} sur /api/v1/App/user sans identifiants, 401 attendu)",
    en: '{url} answers, but not like EspoCRM (HTTP {status} for /api/v1/App/user without credentials, 401 expected)' },
  redirected: { fr: '{url} redirige (HTTP {status}) vers {target}', en: '{url} redirects (HTTP {status}) to {target}' },
  authRejected: { fr: 'identifiants refusés (HTTP 401)', en: 'credentials refused (HTTP 401)' },
  authForbidden: { fr: 'accès refusé (HTTP 403)', en: 'access refused (HTTP 403)' },
  manifestMissing: { fr: 'manifest.json introuvable ou invalide ({path})', en: 'manifest.json missing or invalid ({path})' },
  versionUnknown: { fr: "EspoCRM n’indique pas sa version (attendu : {accepted})", en: 'EspoCRM does not report its version (expected: {accepted})' },
  versionOutside: { fr: 'EspoCRM {version} hors des versions acceptées ({accepted})', en: 'EspoCRM {version} is outside the accepted versions ({accepted})' },
  extensionMissing: { fr: 'métadonnées absentes : {missing}', en: 'metadata missing: {missing}' },
  vehicleScopeHidden: {
    fr: 'extension installée, mais l’entité AutoCibleVehicle est invisible pour l’utilisateur API',
    en: 'extension installed, but the AutoCibleVehicle scope is hidden from the API user',
  },
  permissionsMissing: { fr: "{user} n’a pas lecture + modification sur : {missing}", en: '{user} lacks read + edit on: {missing}' },
  readMissing: { fr: '{user} ne peut pas lire : {missing}', en: '{user} may not read: {missing}' },
  streamMissing: { fr: '{user} ne peut pas lire le flux de : {missing}', en: '{user} may not read the stream of: {missing}' },
  unexpected: { fr: 'erreur inattendue ({status})', en: 'unexpected error ({status})' },
};

export const FIXES: Readonly<Partial<Record<DoctorReason, Text>>> = {
  configInvalid: {
    fr: 'Définissez ESPO_URL et ESPO_API_KEY (et ESPO_SECRET_KEY pour HMAC), ou un fichier autocible.config.json.',
    en: 'Set ESPO_URL and ESPO_API_KEY (and ESPO_SECRET_KEY for HMAC), or an autocible.config.json file.',
  },
  unreachable: {
    fr: "Vérifiez ESPO_URL (schéma, nom d’hôte, port), le réseau, le pare-feu et le certificat TLS.",
    en: 'Check ESPO_URL (scheme, host name, port), the network, the firewall and the TLS certificate.',
  },
  notEspo: {
    fr: "ESPO_URL doit être l’adresse du site EspoCRM (sans /api/v1) et le serveur web doit servir /api/v1 (règles de réécriture).",
    en: 'ESPO_URL must be the EspoCRM site address (without /api/v1) and the web server must serve /api/v1 (rewrite rules).',
  },
  redirected: {
    fr: "Mettez dans ESPO_URL l’adresse finale du site EspoCRM (souvent https:// au lieu de http://) : AutoCible ne suit pas les redirections, pour que sa clé n’aille jamais à une autre adresse.",
    en: 'Put the final address of the EspoCRM site in ESPO_URL (often https:// instead of http://): AutoCible follows no redirect, so that its key never goes to another address.',
  },
  authRejected: {
    fr: "Vérifiez ESPO_API_KEY, que l’utilisateur API est actif, et sa méthode d’authentification : « Clé API » sans ESPO_SECRET_KEY, « HMAC » avec.",
    en: 'Check ESPO_API_KEY, that the API user is active, and its authentication method: "API Key" without ESPO_SECRET_KEY, "HMAC" with it.',
  },
  authForbidden: {
    fr: "L’utilisateur API est refusé : vérifiez qu’il est actif et que son rôle n’est pas vide (Administration > Utilisateurs API).",
    en: 'The API user is refused: check it is active and that its role is not empty (Administration > API Users).',
  },
  manifestMissing: { fr: 'Réinstallez AutoCible : le fichier manifest.json du paquet est nécessaire.', en: 'Reinstall AutoCible: the package manifest.json is needed.' },
  versionUnknown: { fr: 'Connectez-vous en administrateur et vérifiez Administration > À propos.', en: 'Log in as administrator and check Administration > About.' },
  versionOutside: {
    fr: 'Mettez EspoCRM à jour (Administration > Mise à jour) ou installez une version d’AutoCible compatible.',
    en: 'Upgrade EspoCRM (Administration > Upgrade) or install an AutoCible version made for it.',
  },
  extensionMissing: {
    fr: "Installez le paquet AutoCible (Administration > Extensions), puis Administration > Vider le cache et Reconstruire.",
    en: 'Install the AutoCible package (Administration > Extensions), then Administration > Clear Cache and Rebuild.',
  },
  vehicleScopeHidden: {
    fr: 'Dans le rôle de l’utilisateur API (Administration > Rôles), ajoutez la ligne AutoCibleVehicle avec Lecture et Modification « tout ».',
    en: "In the API user's role (Administration > Roles), add the AutoCibleVehicle row with Read and Edit \"all\".",
  },
  permissionsMissing: {
    fr: "Dans le rôle de l’utilisateur API (Administration > Rôles), donnez Lecture et Modification « tout » sur ces entités (ajoutez la ligne AutoCibleVehicle) et la permission Confidentialité des données « oui ».",
    en: "In the API user's role (Administration > Roles), grant Read and Edit \"all\" on these scopes (add the AutoCibleVehicle row) and set the Data Privacy permission to \"yes\".",
  },
  readMissing: {
    fr: "Dans le rôle de l’utilisateur API (Administration > Rôles), donnez Lecture « tout » sur ces entités : retention plan s’arrête sans les ventes et activités, et retention apply n’efface aucune adresse sans la lecture des utilisateurs.",
    en: "In the API user's role (Administration > Roles), grant Read \"all\" on these scopes: retention plan stops without sales and activities, and retention apply erases no address without reading users.",
  },
  streamMissing: {
    fr: "Dans le rôle de l’utilisateur API (Administration > Rôles), réglez Flux sur « tous » pour ces entités : retention apply supprime les notes des personnes anonymisées et s’arrête, sans rien effacer, s’il ne peut pas lire leur flux.",
    en: "In the API user's role (Administration > Roles), set Stream to \"all\" on these scopes: retention apply deletes the notes of anonymised people, and stops without erasing anyone when it cannot read their stream.",
  },
  unexpected: { fr: 'Consultez data/logs/espo-AAAA-MM-JJ.log sur le serveur EspoCRM.', en: 'See data/logs/espo-YYYY-MM-DD.log on the EspoCRM server.' },
};

export const SUMMARY: Readonly<Record<'ok' | 'failed', Text>> = {
  ok: { fr: 'Tout est prêt.', en: 'All checks passed.' },
  failed: { fr: '{count} vérification(s) en échec.', en: '{count} check(s) failed.' },
};

export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => vars[name] ?? whole);
}
