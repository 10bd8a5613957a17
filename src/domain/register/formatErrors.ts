import type { MessageKey } from '../../i18n';
import { COUNTY_SCOPE } from '../directory/resolve';
import { RESCUE_AREAS, RESCUE_SERVICES, SERVICE_AREAS } from '../directory/scopes';
import { LIAISON_LEVELS } from '../directory/types';
import { EXPERT_STATUSES } from '../experts/types';
import { AREAS } from './areas';
import { MAX_FIELD_LENGTH } from './fields';
import { expectedHeader } from './layouts';
import { UNIT_TYPES } from './parseUnits';
import { FILE_KINDS, type ImportError } from './types';

/** The lead's translator: `register.<key>` with `{name}` placeholders. */
export type RegisterTranslate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Values are user data: one line, and short enough for a card. */
const MAX_VALUE_LENGTH = 80;

function shown(value: string | undefined): string {
  const oneLine = (value ?? '').replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH - 1)}…` : oneLine;
}

/** Placeholders every message may use besides the error's own fields. */
const LISTS = {
  max: MAX_FIELD_LENGTH,
  levels: LIAISON_LEVELS.join(', '),
  areas: AREAS.join(', '),
  serviceAreas: SERVICE_AREAS.map((scope) => scope.fi).join(', '),
  rescueServices: RESCUE_SERVICES.map((scope) => scope.fi).join(', '),
  rescueAreas: RESCUE_AREAS.map((scope) => scope.fi).join(', '),
  county: COUNTY_SCOPE,
  types: UNIT_TYPES.join(', '),
  statuses: EXPERT_STATUSES.join(', '),
  columns: FILE_KINDS.map((kind) => `${kind}.csv: ${expectedHeader(kind)}`).join(' / '),
};

/** One output line: an error, or several missingColumns errors of one file merged. */
interface Entry {
  group: string;
  errors: ImportError[];
}

const groupOf = (error: ImportError): string =>
  error.inCurrent ? `current:${error.file}` : (error.fileName ?? `file:${error.file}`);

function entries(errors: readonly ImportError[]): Entry[] {
  const result: Entry[] = [];
  for (const error of errors) {
    const group = groupOf(error);
    const last = result[result.length - 1];
    const merges =
      error.code === 'missingColumns' && last?.group === group && last.errors[0]?.code === 'missingColumns';
    if (merges) last.errors.push(error);
    else result.push({ group, errors: [error] });
  }
  return result;
}

function heading(error: ImportError, t: RegisterTranslate): string | undefined {
  if (error.inCurrent) return t('register.currentRegisterHeading', { file: `${error.file}.csv` });
  if (error.fileName !== undefined) return t('register.fileHeading', { file: error.fileName });
  return error.file === 'unknown' ? undefined : t('register.fileHeading', { file: `${error.file}.csv` });
}

function line(entry: Entry, t: RegisterTranslate): string {
  const [error] = entry.errors as [ImportError, ...ImportError[]];
  const params: Record<string, string | number> = {
    ...LISTS,
    row: error.row,
    column: error.column ?? '',
    value: shown(error.value),
    firstRow: error.firstRow ?? '',
    expected: error.expected ?? '',
  };
  if (error.code === 'missingColumns') params.columns = entry.errors.map((e) => e.column ?? '').join(', ');
  return t(`register.${error.code}`, params);
}

/**
 * Import errors as lines for a card or a message: a heading per file (or for the current register),
 * then one line per error in the file's order, e.g. "Rivi 5, sarake sahkoposti: sähköpostiosoite
 * ”x” ei ole kelvollinen." Missing header columns of one file share a line. At most `max` error lines;
 * the rest are counted in a closing "…ja vielä N muuta virhettä." Values are shown on one line and
 * cut at 80 characters; they are not escaped, so show the lines as plain text.
 */
export function formatImportErrors(errors: readonly ImportError[], t: RegisterTranslate, max = 20): string[] {
  const all = entries(errors);
  const shownEntries = all.slice(0, Math.max(0, max));
  const lines: string[] = [];
  let group: string | undefined;
  for (const entry of shownEntries) {
    const first = entry.errors[0];
    if (!first) continue;
    if (entry.group !== group) {
      group = entry.group;
      const title = heading(first, t);
      if (title !== undefined) lines.push(title);
    }
    lines.push(line(entry, t));
  }
  const rest = all.slice(shownEntries.length).reduce((sum, entry) => sum + entry.errors.length, 0);
  if (rest > 0) lines.push(t('register.tooManyErrors', { count: rest }));
  return lines;
}
