export { eraseFields } from './erase';
export { DEFAULT_LINKS, RelationStore } from './links';
export type { LinkDef, LinkTable } from './links';
export { listRecords, project, sortRecords } from './list';
export { relatedRecords } from './related';
export type { TableLookup } from './related';
export { toNote } from './notes';
export type { MemoryWrite } from './notes';
