import { readTable, type TableRow } from './csvTable';
import { MAX_FIELD_LENGTH } from './fields';
import { LAYOUTS, normaliseHeader } from './layouts';
import type { FileKind, ImportError, ImportErrorCode, ParseResult } from './types';

type ErrorDetails = Pick<ImportError, 'value' | 'firstRow' | 'expected'>;

/** One data row being validated: read cells by Finnish column name, report problems. */
export interface RowCells {
  readonly row: number;
  /** The trimmed cell, "" when empty or when the header has no such column. */
  text(column: string): string;
  /** The trimmed cell; reports `missingValue` and gives undefined when it is empty. */
  required(column: string): string | undefined;
  /** Records a problem. Only the first problem of a cell is kept, so one typo gives one message. */
  report(code: ImportErrorCode, column?: string, details?: ErrorDetails): void;
  /** True once any problem has been reported on this row. */
  readonly failed: boolean;
}

/** Turns one row into a value, or undefined when the row is unusable; report problems through `cells`. */
export type RowBuilder<T> = (cells: RowCells) => T | undefined;

function headerErrors(kind: FileKind, header: readonly string[]): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (column === '') continue;
    if (seen.has(column)) errors.push({ file: kind, row: 1, column, code: 'duplicateColumn' });
    seen.add(column);
  }
  for (const column of LAYOUTS[kind].required) {
    if (!seen.has(column)) errors.push({ file: kind, row: 1, column, code: 'missingColumns' });
  }
  return errors;
}

/**
 * A row whose cell count does not fit the header. More cells are fine when the extra ones are empty
 * (a trailing ";"); fewer are fine when only optional columns are cut off (Excel drops trailing empty
 * cells on some rows). Anything else means the columns have shifted.
 */
function misfit(kind: FileKind, header: readonly string[], record: TableRow): boolean {
  const { cells } = record;
  if (cells.length > header.length) return cells.slice(header.length).some((cell) => cell.trim() !== '');
  const required = new Set(LAYOUTS[kind].required);
  return header.slice(cells.length).some((column) => required.has(column));
}

function rowCells(
  kind: FileKind,
  header: readonly string[],
  record: TableRow,
  errors: ImportError[],
): RowCells {
  const reported = new Set<string>();
  let failed = false;
  const index = new Map<string, number>();
  header.forEach((column, i) => {
    if (!index.has(column)) index.set(column, i);
  });
  const text = (column: string): string => {
    const i = index.get(column);
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
  const report = (code: ImportErrorCode, column?: string, details: ErrorDetails = {}): void => {
    failed = true;
    const cell = column ?? '';
    if (reported.has(cell)) return;
    reported.add(cell);
    errors.push({
      file: kind,
      row: record.row,
      ...(column === undefined ? {} : { column }),
      code,
      ...details,
    });
  };
  for (const column of index.keys()) {
    const value = text(column);
    if (value.length > MAX_FIELD_LENGTH) report('tooLong', column, { value: `${value.slice(0, 40)}…` });
  }
  return {
    row: record.row,
    text,
    required(column) {
      const value = text(column);
      if (value !== '') return value;
      report('missingValue', column);
      return undefined;
    },
    report,
    get failed() {
      return failed;
    },
  };
}

/**
 * Reads a register file of `kind`: checks the header, then every row, collecting errors instead of
 * throwing. A row joins `rows` only when nothing was reported on it.
 */
export function readRows<T>(text: string, kind: FileKind, build: RowBuilder<T>): ParseResult<T> {
  const result = readTable(text);
  if (result.kind !== 'ok')
    return { rows: [], errors: [{ file: kind, row: result.failure.row, code: 'invalidCsv' }] };
  const header = result.table.header.map(normaliseHeader);
  if (header.length === 0) return { rows: [], errors: [{ file: kind, row: 1, code: 'emptyFile' }] };
  const errors = headerErrors(kind, header);
  if (errors.length > 0) return { rows: [], errors };

  const rows: T[] = [];
  for (const record of result.table.rows) {
    if (misfit(kind, header, record)) {
      errors.push({
        file: kind,
        row: record.row,
        code: 'wrongColumnCount',
        value: String(record.cells.length),
        expected: header.length,
      });
      continue;
    }
    const cells = rowCells(kind, header, record, errors);
    const value = build(cells);
    if (value !== undefined && !cells.failed) rows.push(value);
  }
  return { rows, errors };
}
