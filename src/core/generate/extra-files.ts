/**
 * Metadata files contributed by features beyond the catalogue (Administration section and
 * settings for VMC defaults…), keyed by path under the module's Resources/.
 */
export function extraModuleFiles(): Record<string, unknown> {
  return {};
}
