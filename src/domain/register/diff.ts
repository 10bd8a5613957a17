import type { LiaisonAssignment, Register, Unit } from '../directory/types';
import type { Expert } from '../experts/types';
import { assignmentRowKey, expertRowKey, unitRowKey } from './keys';

export type ChangeKind = 'unit' | 'assignment' | 'expert';

/** One field of a changed row, old → new, as display text ("" for empty; lists joined with "|"). */
export interface FieldChange {
  /** The field name in the domain type, e.g. "email". */
  field: string;
  /** The Finnish column, e.g. "sahkoposti". */
  column: string;
  from: string;
  to: string;
}

export interface Change {
  kind: ChangeKind;
  /** The row's stable key (unit: tunnus; liaison row: taso + kattavuus + e-mail + alkaen; expert: tunnus). */
  key: string;
  /** A short human label, e.g. "Tuiran hyvinvointikeskus (OU-TUI)". */
  label: string;
  /** Changed fields; empty for added and removed rows. */
  fields: FieldChange[];
}

export interface RegisterDiff {
  added: Change[];
  changed: Change[];
  removed: Change[];
}

type Columns<T> = ReadonlyArray<readonly [keyof T & string, string]>;

const UNIT_COLUMNS: Columns<Unit> = [
  ['id', 'tunnus'],
  ['name', 'nimi'],
  ['type', 'tyyppi'],
  ['municipality', 'kunta'],
  ['municipalitySv', 'kunta_sv'],
  ['area', 'alue'],
  ['aliases', 'aliakset'],
  ['postalCodes', 'postinumerot'],
];

const ASSIGNMENT_COLUMNS: Columns<LiaisonAssignment> = [
  ['level', 'taso'],
  ['coverage', 'kattavuus'],
  ['name', 'nimi'],
  ['title', 'nimike'],
  ['email', 'sahkoposti'],
  ['phone', 'puhelin'],
  ['aadObjectId', 'aad_object_id'],
  ['validFrom', 'alkaen'],
  ['validUntil', 'asti'],
  ['note', 'huomautus'],
];

const EXPERT_COLUMNS: Columns<Expert> = [
  ['id', 'tunnus'],
  ['name', 'nimi'],
  ['themes', 'teemat'],
  ['languages', 'kielet'],
  ['area', 'alue'],
  ['remote', 'etana'],
  ['organisation', 'jarjesto'],
  ['email', 'sahkoposti'],
  ['phone', 'puhelin'],
  ['consentDate', 'suostumus_pvm'],
  ['status', 'tila'],
  ['description', 'kuvaus'],
];

/** A cell as the CSV would show it. */
function display(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(display).join('|');
  if (typeof value === 'boolean') return value ? 'kyllä' : 'ei';
  return String(value);
}

/** Lists in the register are sets (coverage, aliases, themes, languages): their order is no change. */
function comparable(value: unknown): string {
  return Array.isArray(value) ? display([...value].map(display).sort()) : display(value);
}

interface RowSpec<T extends object> {
  kind: ChangeKind;
  key: (row: T) => string;
  label: (row: T) => string;
  columns: Columns<T>;
}

/** Rows by key, in order; a repeated key (which validation forbids) gets "#2", "#3"… so no row is lost. */
function byKey<T extends object>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const base = key(row);
    let unique = base;
    for (let n = 2; map.has(unique); n += 1) unique = `${base}#${n}`;
    map.set(unique, row);
  }
  return map;
}

function diffRows<T extends object>(
  spec: RowSpec<T>,
  current: readonly T[],
  next: readonly T[],
): RegisterDiff {
  const before = byKey(current, spec.key);
  const after = byKey(next, spec.key);
  const change = (key: string, row: T, fields: FieldChange[] = []): Change => ({
    kind: spec.kind,
    key,
    label: spec.label(row),
    fields,
  });
  const diff: RegisterDiff = { added: [], changed: [], removed: [] };
  for (const [key, row] of after) {
    const old = before.get(key);
    if (old === undefined) {
      diff.added.push(change(key, row));
      continue;
    }
    const fields = spec.columns
      .filter(([field]) => comparable(old[field]) !== comparable(row[field]))
      .map(([field, column]) => ({ field, column, from: display(old[field]), to: display(row[field]) }));
    if (fields.length > 0) diff.changed.push(change(key, row, fields));
  }
  for (const [key, row] of before) if (!after.has(key)) diff.removed.push(change(key, row));
  return diff;
}

const UNITS: RowSpec<Unit> = {
  kind: 'unit',
  key: unitRowKey,
  label: (unit) => `${unit.name} (${unit.id})`,
  columns: UNIT_COLUMNS,
};

const ASSIGNMENTS: RowSpec<LiaisonAssignment> = {
  kind: 'assignment',
  key: assignmentRowKey,
  label: (row) => `${row.name}, ${row.level} ${row.coverage.join('|')}`,
  columns: ASSIGNMENT_COLUMNS,
};

const EXPERTS: RowSpec<Expert> = {
  kind: 'expert',
  key: expertRowKey,
  label: (expert) => `${expert.name} (${expert.id})`,
  columns: EXPERT_COLUMNS,
};

/** Several diffs as one, in the given order. */
export function mergeDiffs(...diffs: RegisterDiff[]): RegisterDiff {
  return {
    added: diffs.flatMap((diff) => diff.added),
    changed: diffs.flatMap((diff) => diff.changed),
    removed: diffs.flatMap((diff) => diff.removed),
  };
}

/**
 * What an import changes: units first, then liaison rows. Added and changed rows follow `next`'s order,
 * removed rows `current`'s; the order of rows or of list items is no change. A liaison row whose taso, kattavuus, e-mail or alkaen changes is a new row
 * (one removed, one added); any other field change shows as changed, field by field.
 */
export function diffRegister(current: Register, next: Register): RegisterDiff {
  return mergeDiffs(
    diffRows(UNITS, current.units, next.units),
    diffRows(ASSIGNMENTS, current.assignments, next.assignments),
  );
}

/** What an import changes in the experience-expert register, keyed by tunnus. */
export function diffExperts(current: readonly Expert[], next: readonly Expert[]): RegisterDiff {
  return diffRows(EXPERTS, current, next);
}

export function isEmptyDiff(diff: RegisterDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}
