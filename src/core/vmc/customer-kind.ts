import type { CustomerKind } from './defaults';

/**
 * The customer kind whose defaults a record's VMC takes, as the side panel and the `vmc` job both read it: an
 * Account is a professional customer; a Contact is one when its `autoCibleCustomerKind` says PROFESSIONNEL, and a
 * private customer otherwise (empty included, whatever its account).
 */
export function vmcCustomerKind(entityType: string, customerKind: unknown): CustomerKind {
  if (entityType === 'Account') return 'PROFESSIONNEL';
  return customerKind === 'PROFESSIONNEL' ? 'PROFESSIONNEL' : 'PARTICULIER';
}
