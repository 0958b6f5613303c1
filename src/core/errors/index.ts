export { AutoCibleError, isAutoCibleError } from './autocible-error';
export { DomainInputError } from './domain-input-error';
