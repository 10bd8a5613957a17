import type { Register } from '../directory/types';
import type { Expert } from '../experts/types';

/** The three CSV files of the register, named as the county's Excel exports are. */
export type FileKind = 'toimipisteet' | 'yhdyshenkilot' | 'kokemustoimijat';

export const FILE_KINDS: readonly FileKind[] = ['toimipisteet', 'yhdyshenkilot', 'kokemustoimijat'];

/** What can be wrong in an imported file. Each code has one message `register.<code>`. */
export const IMPORT_ERROR_CODES = [
  /** the file is not one of the three known CSVs (file level, row 1) */
  'unknownFile',
  /** the file has no header row */
  'emptyFile',
  /** two files of the same kind in one import */
  'duplicateFile',
  /** the text is not CSV that can be read (an unclosed quote, ...) */
  'invalidCsv',
  /** the header lacks a required column; `column` names it (row 1) */
  'missingColumns',
  /** the header has the same column twice */
  'duplicateColumn',
  /** a row has more (non-empty) cells than the header, or too few to hold its required values */
  'wrongColumnCount',
  'missingValue',
  /** the same tunnus twice; for yhdyshenkilot the same person + level + coverage + alkaen twice */
  'duplicateId',
  'invalidDate',
  /** asti is before alkaen */
  'reversedDates',
  /** a sote-keskus coverage id that is not a unit */
  'unknownUnit',
  /** a kunta coverage that is not the municipality of any unit */
  'unknownMunicipality',
  'unknownLevel',
  'unknownArea',
  /** a toimialue coverage that is not one of the county's service areas */
  'unknownServiceArea',
  /** a pelastus-palvelualue / pelastus-vastuualue coverage that is not the rescue department or one of its areas */
  'unknownRescueArea',
  /** a hyvinvointialue coverage other than "Pohde" */
  'unknownCountyScope',
  'badUnitType',
  /** a postinumerot value that is not a five-digit postal code */
  'badPostalCode',
  'badEmail',
  'badPhone',
  'badAadObjectId',
  /** the same aad_object_id on rows of two different people (different e-mails) */
  'sharedAadObjectId',
  /** etana is not kyllä / ei */
  'badYesNo',
  /** tila is not one of EXPERT_STATUSES */
  'unknownStatus',
  /** a cell is longer than MAX_FIELD_LENGTH */
  'tooLong',
  /** kuvaus is not plain text on one line, or it carries a link, an e-mail address or a phone number */
  'badDescription',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem found in user data. Never thrown: collected and shown to the coordinator. */
export interface ImportError {
  file: FileKind | 'unknown';
  /** The uploaded file's name; undefined for rows of the current register (or a parser called directly). */
  fileName?: string;
  /** True when the row is in the register already stored, not in the uploaded files. */
  inCurrent?: boolean;
  /** The line number as a spreadsheet user sees it: the header is row 1. */
  row: number;
  /** The Finnish header name, e.g. "sahkoposti". */
  column?: string;
  code: ImportErrorCode;
  /** The offending value as written (for wrongColumnCount: the number of cells found). */
  value?: string;
  /** duplicateId: the row where the value first appeared. */
  firstRow?: number;
  /** wrongColumnCount: the number of columns in the header. */
  expected?: number;
}

export interface ParseResult<T> {
  rows: T[];
  errors: ImportError[];
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  /** The register after the import; set only when there are no errors. */
  next?: Register;
  /** The experts after the import; set only when a kokemustoimijat file was imported and there are no errors. */
  experts?: Expert[];
  errors: ImportError[];
}
