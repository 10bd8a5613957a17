import type { LiaisonAssignment, Register, Unit } from '../directory/types';
import { readTable } from './csvTable';
import { decodeCsv } from './decode';
import { detectFileKind } from './fileKind';
import { parseAssignments } from './parseAssignments';
import { parseExperts } from './parseExperts';
import { parseUnits } from './parseUnits';
import type { FileKind, ImportError, ImportFile, ImportResult } from './types';

interface RecognisedFile {
  name: string;
  text: string;
}

/** Decodes each file and tells which register file it is; unreadable, unknown or repeated files are errors. */
function recognise(files: readonly ImportFile[]): {
  byKind: Partial<Record<FileKind, RecognisedFile>>;
  errors: ImportError[];
} {
  const byKind: Partial<Record<FileKind, RecognisedFile>> = {};
  const errors: ImportError[] = [];
  for (const file of files) {
    const text = decodeCsv(file.bytes);
    const table = readTable(text);
    if (table.kind !== 'ok') {
      errors.push({ file: 'unknown', fileName: file.name, row: table.failure.row, code: 'invalidCsv' });
      continue;
    }
    if (table.table.header.length === 0) {
      errors.push({ file: 'unknown', fileName: file.name, row: 1, code: 'emptyFile' });
      continue;
    }
    const kind = detectFileKind(table.table.header);
    if (!kind) {
      errors.push({ file: 'unknown', fileName: file.name, row: 1, code: 'unknownFile', value: file.name });
    } else if (byKind[kind]) {
      errors.push({
        file: kind,
        fileName: file.name,
        row: 1,
        code: 'duplicateFile',
        value: byKind[kind].name,
      });
    } else {
      byKind[kind] = { name: file.name, text };
    }
  }
  return { byKind, errors };
}

const fromFile =
  (fileName: string) =>
  (error: ImportError): ImportError => ({ ...error, fileName });

/** Rows of the stored register that would point at units or municipalities the new units no longer have. */
function orphanedAssignments(
  assignments: readonly LiaisonAssignment[],
  units: readonly Unit[],
): ImportError[] {
  const unitIds = new Set(units.map((unit) => unit.id.toUpperCase()));
  const municipalities = new Set(units.map((unit) => unit.municipality.toLowerCase()));
  const errors: ImportError[] = [];
  assignments.forEach((assignment, index) => {
    const at = { file: 'yhdyshenkilot', inCurrent: true, row: index + 2, column: 'kattavuus' } as const;
    if (assignment.level === 'sote-keskus') {
      const missing = assignment.coverage.filter((id) => !unitIds.has(id.toUpperCase()));
      if (missing.length > 0) errors.push({ ...at, code: 'unknownUnit', value: missing.join(', ') });
    } else if (assignment.level === 'kunta') {
      const missing = assignment.coverage.filter((name) => !municipalities.has(name.toLowerCase()));
      if (missing.length > 0) errors.push({ ...at, code: 'unknownMunicipality', value: missing.join(', ') });
    }
  });
  return errors;
}

const CROSS_FILE_CODES = new Set<ImportError['code']>(['unknownUnit', 'unknownMunicipality']);

/**
 * Checks an import of one to three register files against each other and the current register, all
 * or nothing: `next` (and `experts`, when a kokemustoimijat file is included) is set only when there is
 * no error at all. Liaison rows are checked against the units of the same import, or the current units
 * when no units file is included; a units file that drops a unit still named by a current liaison row
 * is an `unknownUnit` error on that row (`inCurrent`). While the units file itself has errors, liaison
 * rows are not checked against it, so one unit typo does not echo through the liaison file.
 */
export function validateImport(current: Register, files: readonly ImportFile[]): ImportResult {
  const { byKind, errors } = recognise(files);

  const unitsFile = byKind.toimipisteet;
  const parsedUnits = unitsFile ? parseUnits(unitsFile.text) : undefined;
  if (unitsFile && parsedUnits) errors.push(...parsedUnits.errors.map(fromFile(unitsFile.name)));
  const units = parsedUnits ? parsedUnits.rows : current.units;
  const unitsClean = !parsedUnits || parsedUnits.errors.length === 0;

  const liaisonFile = byKind.yhdyshenkilot;
  let assignments = current.assignments;
  if (liaisonFile) {
    const parsed = parseAssignments(liaisonFile.text, new Set(units.map((unit) => unit.id)), {
      municipalities: units.map((unit) => unit.municipality),
    });
    const relevant = unitsClean
      ? parsed.errors
      : parsed.errors.filter((error) => !CROSS_FILE_CODES.has(error.code));
    errors.push(...relevant.map(fromFile(liaisonFile.name)));
    assignments = parsed.rows;
  } else if (parsedUnits && unitsClean) {
    errors.push(...orphanedAssignments(current.assignments, units));
  }

  const expertsFile = byKind.kokemustoimijat;
  const parsedExperts = expertsFile ? parseExperts(expertsFile.text) : undefined;
  if (expertsFile && parsedExperts) errors.push(...parsedExperts.errors.map(fromFile(expertsFile.name)));

  if (errors.length > 0) return { errors };
  return {
    next: { units, assignments },
    ...(parsedExperts ? { experts: parsedExperts.rows } : {}),
    errors,
  };
}
