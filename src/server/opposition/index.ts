// The opposition list: hashed emails and phones that imports and exports must skip (domain.md §2.9 step 5).

// The list file
export { isOpposed, OppositionList } from './opposition-list';
export { isRemoval, parseOppositionLine } from './opposition-line';
export type { OppositionEntry, OppositionLine, OppositionReason, OppositionRemoval } from './opposition-line';

// The check imports and exports call
export { OPPOSITION_FILE, openOppositionCheck } from './opposition-check';
export type { OppositionCheck, OppositionCheckOptions, PersonIdentifiers } from './opposition-check';

// Changes by hand (`autocible opposition`)
export { changeOpposition, checkOpposition } from './opposition-admin';
export type { OppositionAction, OppositionAdminReport, OppositionChangeOptions, OppositionLookupLine, OppositionLookupOptions } from './opposition-admin';
export { invalidIdentifiers, resolveIdentifiers } from './opposition-identifiers';
export type { ResolvedIdentifier } from './opposition-identifiers';
