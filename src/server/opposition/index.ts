// The opposition list: hashed emails and phones that imports and exports must skip (domain.md §2.9 step 5).
export { isOpposed, OppositionList } from './opposition-list';
export type { OppositionEntry, OppositionReason } from './opposition-list';
export { OPPOSITION_FILE, openOppositionCheck } from './opposition-check';
export type { OppositionCheck, OppositionCheckOptions, PersonIdentifiers } from './opposition-check';
