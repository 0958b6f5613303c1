/**
 * Host module ids our client views import and leave to EspoCRM's loader (platform §3.1, §3.13). esbuild marks
 * them external; the build fails on any other `require` left in a bundle.
 */
export const HOST_EXTERNALS: readonly string[] = ['view', 'model', 'collection', 'ajax', 'views/*', 'crm:*', 'modules/*'];

/** True when `id` matches one of {@link HOST_EXTERNALS} (a trailing `*` matches any suffix). */
export function isHostId(id: string): boolean {
  return HOST_EXTERNALS.some((pattern) =>
    pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) && id.length > pattern.length - 1 : id === pattern,
  );
}
