// Streaming CSV reading and validation against the catalogue, and loading into memory.

export { readCsv } from './reader';
export type { ReadCsvOptions } from './reader';
export type { CsvIssue, CsvIssueCode, CsvReadItem } from './types';
export { CsvEncodingError, CsvFileError, CsvHeaderError } from './errors';
export type { CsvEncodingProblem } from './errors';
export type { CsvEncoding } from './encoding';
export { CsvDecodeStream } from './decode-stream';
export { delimiterOfHeader, sniffDelimiter } from './delimiter';
export type { CsvDelimiter } from './delimiter';
export { entitySpec, fileOf, SAMPLE_FILES } from './entity-spec';
export type { EntitySpec, SampleEntityType, SampleFileName } from './entity-spec';
export { PERSONAL_PLACEHOLDER } from './reasons';
export { indexById, loadDataset, loadFile } from './loader';
export type { FileCounts, LoadedDataset } from './loader';
