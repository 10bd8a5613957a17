import { CsvError, parse } from 'csv-parse/sync';
import { detectDelimiter } from './delimiter';

/** One data row with the row number a spreadsheet shows (the header is row 1). */
export interface TableRow {
  row: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** The CSV could not be read at all; `row` is where the bad record starts. */
export interface TableFailure {
  row: number;
  reason: string;
}

export type TableResult = { kind: 'ok'; table: Table } | { kind: 'invalid'; failure: TableFailure };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Splits decoded CSV text into a header and rows, with the separator detected from the header.
 * Quoted cells may hold separators, quotes ("") and line breaks; a record spanning several lines is
 * still one spreadsheet row. Wholly empty rows (";;;;" or blank lines) are dropped but still counted,
 * so row numbers stay those the user sees. Cells are returned untrimmed.
 */
export function readTable(text: string): TableResult {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const parsed: unknown = error.records;
      return {
        kind: 'invalid',
        failure: { row: (typeof parsed === 'number' ? parsed : 0) + 1, reason: error.code },
      };
    }
    throw error;
  }
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  const header = records[headerIndex];
  if (!header) return { kind: 'ok', table: { header: [], rows: [] } };
  const rows = records
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter((record, index) => index > headerIndex && !isBlank(record.cells));
  return { kind: 'ok', table: { header, rows } };
}
