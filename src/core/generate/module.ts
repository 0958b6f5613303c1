/** Backend module name (UpperCamelCase) and frontend module name (hyphenated), platform §1.4. */
export const MODULE_NAME = 'AutoCible';
export const CLIENT_MODULE = 'auto-cible';
/** Where module files land inside the extension zip's `files/`. */
export const BACKEND_ROOT = `custom/Espo/Modules/${MODULE_NAME}`;
export const RESOURCES_ROOT = `${BACKEND_ROOT}/Resources`;
export const CLIENT_ROOT = `client/custom/modules/${CLIENT_MODULE}`;
