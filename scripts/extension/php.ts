import { BACKEND_ROOT, MODULE_NAME } from '../../src/core/generate/module';

/**
 * The only PHP AutoCible ships: an empty record controller for the vehicle entity. Without it
 * every /api/v1/AutoCibleVehicle call answers 404 "Controller ... does not exist" (platform §2.3, verified).
 */
export function controllerFiles(ownedEntityTypes: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const entityType of ownedEntityTypes) {
    files.set(
      `${BACKEND_ROOT}/Controllers/${entityType}.php`,
      `<?php\n\nnamespace Espo\\Modules\\${MODULE_NAME}\\Controllers;\n\nclass ${entityType} extends \\Espo\\Core\\Templates\\Controllers\\Base\n{\n}\n`,
    );
  }
  return files;
}
