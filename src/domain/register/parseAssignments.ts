import { COUNTY_SCOPE } from '../directory/resolve';
import { scopeTable } from '../directory/scopes';
import { LIAISON_LEVELS, type LiaisonAssignment, type LiaisonLevel } from '../directory/types';
import { canonicalArea } from './areas';
import { firstRowTracker } from './duplicates';
import { isEmail, isPhone, normaliseAadObjectId, parseDate, splitList } from './fields';
import { assignmentRowKey } from './keys';
import { readRows } from './rowReader';
import type { RowCells } from './rowReader';
import type { ImportErrorCode, ParseResult } from './types';

/** What liaison rows are checked against besides their own file. */
export interface AssignmentContext {
  /** Municipalities (kunta) that `kunta` rows may cover; unchecked when not given. */
  municipalities?: Iterable<string>;
}

const levels = new Set<string>(LIAISON_LEVELS);
const isLevel = (text: string): text is LiaisonLevel => levels.has(text);

/** Case-insensitive lookup that returns the register's own spelling. */
function spellingLookup(values: Iterable<string>): (text: string) => string | undefined {
  const byLowerCase = new Map<string, string>();
  for (const value of values) byLowerCase.set(value.toLowerCase(), value);
  return (text) => byLowerCase.get(text.toLowerCase());
}

type Lookup = (text: string) => string | undefined;

/** Checks each "|" part of kattavuus against `lookup`; reports the unknown ones together. */
function lookUpAll(
  cells: RowCells,
  parts: string[],
  lookup: Lookup,
  code: ImportErrorCode,
): string[] | undefined {
  const found = parts.map((part) => lookup(part));
  const unknown = parts.filter((_, i) => found[i] === undefined);
  if (unknown.length === 0) return found.filter((part): part is string => part !== undefined);
  cells.report(code, 'kattavuus', { value: unknown.join(', ') });
  return undefined;
}

function coverageOf(
  cells: RowCells,
  level: LiaisonLevel | undefined,
  units: Lookup,
  municipalities: Lookup | undefined,
): string[] | undefined {
  const text = cells.required('kattavuus');
  if (text === undefined) return undefined;
  const parts = splitList(text);
  if (parts.length === 0) {
    cells.report('missingValue', 'kattavuus');
    return undefined;
  }
  switch (level) {
    case 'sote-keskus':
      return lookUpAll(cells, parts, units, 'unknownUnit');
    case 'alue':
      return lookUpAll(cells, parts, canonicalArea, 'unknownArea');
    case 'kunta':
      return municipalities ? lookUpAll(cells, parts, municipalities, 'unknownMunicipality') : parts;
    case 'toimialue':
      return lookUpAll(cells, parts, serviceAreas, 'unknownServiceArea');
    case 'pelastus-palvelualue':
      return lookUpAll(cells, parts, rescueServices, 'unknownRescueArea');
    case 'pelastus-vastuualue':
      return lookUpAll(cells, parts, rescueAreas, 'unknownRescueArea');
    case 'hyvinvointialue':
      return lookUpAll(cells, parts, county, 'unknownCountyScope');
    default:
      return parts;
  }
}

const fiNames = (level: LiaisonLevel) => (scopeTable(level) ?? []).map((scope) => scope.fi);
const serviceAreas = spellingLookup(fiNames('toimialue'));
const rescueServices = spellingLookup(fiNames('pelastus-palvelualue'));
const rescueAreas = spellingLookup(fiNames('pelastus-vastuualue'));
const county = spellingLookup([COUNTY_SCOPE]);

/**
 * One Entra object id is one person: remembers the e-mail (the register's identity of a person) each
 * id was first seen with, and reports a later row that gives the same id to someone else.
 */
function sharedIdTracker(): (cells: RowCells, aadObjectId: string, email: string) => void {
  const first = new Map<string, { email: string; row: number }>();
  return (cells, aadObjectId, email) => {
    const seen = first.get(aadObjectId);
    if (!seen) first.set(aadObjectId, { email: email.toLowerCase(), row: cells.row });
    else if (seen.email !== email.toLowerCase()) {
      cells.report('sharedAadObjectId', 'aad_object_id', { value: aadObjectId, firstRow: seen.row });
    }
  };
}

function dateOf(cells: RowCells, column: string, text: string): string | undefined {
  const date = parseDate(text);
  if (date === undefined) cells.report('invalidDate', column, { value: text });
  return date;
}

/**
 * yhdyshenkilot.csv → liaison rows. Every row is checked: a known taso; kattavuus that exists for
 * every level (unit ids of `knownUnitIds` for sote-keskus, one of the six areas for alue, a
 * municipality of the units for kunta when `context.municipalities` is given, one of the county's
 * service areas for toimialue, the rescue department or one of its areas for pelastus-*, "Pohde" for
 * hyvinvointialue); e-mail, phone and Entra object id that look right, and no object id shared by two
 * people (different e-mails); real dates (yyyy-mm-dd or d.m.yyyy, stored as yyyy-mm-dd) with asti not
 * before alkaen; each person + taso + kattavuus + alkaen once. Ids, areas, municipalities and scopes
 * are stored in the register's own spelling; names are kept as written (trimmed).
 */
export function parseAssignments(
  text: string,
  knownUnitIds: ReadonlySet<string>,
  context: AssignmentContext = {},
): ParseResult<LiaisonAssignment> {
  const units = spellingLookup(knownUnitIds);
  const municipalities = context.municipalities ? spellingLookup(context.municipalities) : undefined;
  const seen = firstRowTracker();
  const sharedId = sharedIdTracker();

  return readRows<LiaisonAssignment>(text, 'yhdyshenkilot', (cells) => {
    const levelText = cells.required('taso');
    const level = levelText?.toLowerCase();
    if (levelText !== undefined && !isLevel(level ?? ''))
      cells.report('unknownLevel', 'taso', { value: levelText });
    const knownLevel = level !== undefined && isLevel(level) ? level : undefined;
    const coverage = coverageOf(cells, knownLevel, units, municipalities);
    const name = cells.required('nimi');
    const email = cells.required('sahkoposti');
    if (email !== undefined && !isEmail(email)) cells.report('badEmail', 'sahkoposti', { value: email });
    const phone = cells.text('puhelin');
    if (phone !== '' && !isPhone(phone)) cells.report('badPhone', 'puhelin', { value: phone });
    const aadText = cells.text('aad_object_id');
    const aadObjectId = aadText === '' ? undefined : normaliseAadObjectId(aadText);
    if (aadText !== '' && aadObjectId === undefined) {
      cells.report('badAadObjectId', 'aad_object_id', { value: aadText });
    }
    if (aadObjectId !== undefined && email !== undefined) sharedId(cells, aadObjectId, email);
    const fromText = cells.required('alkaen');
    const validFrom = fromText === undefined ? undefined : dateOf(cells, 'alkaen', fromText);
    const untilText = cells.text('asti');
    const validUntil = untilText === '' ? undefined : dateOf(cells, 'asti', untilText);
    if (validFrom !== undefined && validUntil !== undefined && validUntil < validFrom) {
      cells.report('reversedDates', 'asti', { value: untilText });
    }

    if (!knownLevel || !coverage || name === undefined || email === undefined || validFrom === undefined) {
      return undefined;
    }
    const firstRow = seen(assignmentRowKey({ level: knownLevel, coverage, email, validFrom }), cells.row);
    if (firstRow !== undefined) {
      cells.report('duplicateId', undefined, {
        value: [name, knownLevel, coverage.join('|'), validFrom].join(', '),
        firstRow,
      });
    }
    const note = cells.text('huomautus');
    return {
      level: knownLevel,
      coverage,
      name,
      title: cells.text('nimike'),
      email,
      phone,
      ...(aadObjectId === undefined ? {} : { aadObjectId }),
      validFrom,
      ...(validUntil === undefined ? {} : { validUntil }),
      ...(note === '' ? {} : { note }),
    };
  });
}
