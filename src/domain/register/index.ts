/** Importing and upkeep of the register: CSV files in, a checked register and a diff out. Pure: no I/O. */
export { AREAS, canonicalArea, type Area } from './areas';
export { readTable, type Table, type TableRow } from './csvTable';
export { decodeCsv } from './decode';
export { detectDelimiter, type Delimiter } from './delimiter';
export { diffExperts, diffRegister, isEmptyDiff, mergeDiffs } from './diff';
export type { Change, ChangeKind, FieldChange, RegisterDiff } from './diff';
export { MAX_FIELD_LENGTH } from './fields';
export { detectFileKind } from './fileKind';
export { formatImportErrors, type RegisterTranslate } from './formatErrors';
export { assignmentRowKey, expertRowKey, unitRowKey } from './keys';
export { LAYOUTS, expectedHeader } from './layouts';
export { parseAssignments, type AssignmentContext } from './parseAssignments';
export { parseExperts } from './parseExperts';
export { UNIT_TYPES, parseUnits } from './parseUnits';
export { validateImport } from './validateImport';
export { FILE_KINDS, IMPORT_ERROR_CODES } from './types';
export type { FileKind, ImportError, ImportErrorCode, ImportFile, ImportResult, ParseResult } from './types';
export { ERASURE_REQUEST, PENDING_IMPORT, erasureTokenOf, pendingTokenOf } from './actionData';
