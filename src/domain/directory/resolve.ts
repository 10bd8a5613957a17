/** The rules of "who covers a unit" (docs/directory.md §4), applied to the index for one day. */
import type { DirectoryAnswer, DirectoryIndex } from './model';
import { isValidOn, peopleAt, scopesOf, substitutesFirst, toPerson } from './people';
import { placeKey } from './text';
import type { LiaisonLevel, Unit } from './types';

/** Hospitals are covered by this service area's liaison (docs/directory.md §4.2). */
export const HOSPITAL_SERVICE_AREA = 'OYS Sairaalapalvelut ja ensihoito';
/** The county itself, as the register writes the coordinator's coverage. */
export const COUNTY_SCOPE = 'Pohde';

const CENTRE_TYPES = new Set(['sote-keskus', 'hyvinvointipiste']);
export const isCentre = (unit: Unit): boolean => CENTRE_TYPES.has(unit.type);

export function unitsIn(index: DirectoryIndex, municipality: string): Unit[] {
  return [...(index.unitsByMunicipality.get(placeKey(municipality)) ?? [])];
}

/**
 * docs/directory.md §4.1–§4.3: the unit's liaisons (or the hospital service area's), its municipal liaisons,
 * its regional coordinator.
 */
export function answerForUnit(index: DirectoryIndex, unitId: string, today: string): DirectoryAnswer {
  const unit = index.units.get(unitId);
  if (!unit) return { kind: 'notFound', unknown: unitId, suggestions: [] };
  const hospital = unit.type === 'sairaala';
  const liaisons = hospital
    ? peopleAt(index, 'toimialue', today, HOSPITAL_SERVICE_AREA)
    : substitutesFirst(
        (index.byLevel.get('sote-keskus') ?? [])
          .filter((row) => row.coverage.includes(unit.id) && isValidOn(row, today))
          .map(toPerson),
      );
  return {
    kind: 'unit',
    unit,
    liaisons,
    liaisonRole: hospital ? 'serviceArea' : 'centre',
    ...(hospital ? { serviceArea: HOSPITAL_SERVICE_AREA } : {}),
    noCentreLiaison: liaisons.length === 0,
    municipal: peopleAt(index, 'kunta', today, unit.municipality),
    regional: peopleAt(index, 'alue', today, unit.area),
    otherUnits: unitsIn(index, unit.municipality).filter((other) => other.id !== unit.id),
  };
}

/** docs/directory.md §4.5: a question about a level answers with that level, for one scope or for all of them. */
export function answerForLevel(
  index: DirectoryIndex,
  level: LiaisonLevel,
  today: string,
  scope?: string,
): DirectoryAnswer {
  if (level === 'hyvinvointialue') {
    return { kind: 'level', level, scope: COUNTY_SCOPE, people: peopleAt(index, level, today, COUNTY_SCOPE) };
  }
  if (scope !== undefined)
    return { kind: 'level', level, scope, people: peopleAt(index, level, today, scope) };
  const scopes = scopesOf(index.byLevel, level);
  return { kind: 'level', level, scope: scopes.join(', '), people: peopleAt(index, level, today) };
}

/** docs/directory.md §4.4: outside the county → say so and give the county coordinator. */
export function answerOutside(index: DirectoryIndex, place: string, today: string): DirectoryAnswer {
  return { kind: 'outside', place, coordinator: peopleAt(index, 'hyvinvointialue', today, COUNTY_SCOPE) };
}

/** docs/directory.md §4.4: another wellbeing county (its region's Finnish name) → say so, then our coordinator. */
export function answerOtherCounty(index: DirectoryIndex, county: string, today: string): DirectoryAnswer {
  return {
    kind: 'outside',
    place: county,
    otherCounty: true,
    coordinator: peopleAt(index, 'hyvinvointialue', today, COUNTY_SCOPE),
  };
}
