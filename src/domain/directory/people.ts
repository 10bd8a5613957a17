/** Which register rows count today (docs/directory.md §2), and how a row is shown as a person (§3). */
import type { DirectoryIndex, Person } from './model';
import { placeKey } from './text';
import type { LiaisonAssignment, LiaisonLevel } from './types';

/** A row counts from `alkaen` to `asti` inclusive; an empty `asti` is open-ended. */
export function isValidOn(row: LiaisonAssignment, today: string): boolean {
  return row.validFrom <= today && (row.validUntil === undefined || today <= row.validUntil);
}

const SUBSTITUTE = /^\s*sijainen\s*:\s*(.+?)\s*$/i;

export function toPerson(row: LiaisonAssignment): Person {
  const person: Person = { name: row.name, title: row.title, email: row.email, phone: row.phone };
  if (row.aadObjectId) person.aadObjectId = row.aadObjectId;
  const substitute = row.note ? SUBSTITUTE.exec(row.note) : null;
  if (substitute) person.substituteFor = substitute[1];
  else if (row.note) person.note = row.note;
  return person;
}

/** docs/directory.md §3: a substitute is listed before the others (the person they stand in for is away). */
export function substitutesFirst(people: Person[]): Person[] {
  return [...people.filter((p) => p.substituteFor), ...people.filter((p) => !p.substituteFor)];
}

const same = (a: string, b: string) => a === b || placeKey(a) === placeKey(b);

/** The people of `level` whose coverage includes `scope` (any scope when omitted), valid today. */
export function peopleAt(
  index: DirectoryIndex,
  level: LiaisonLevel,
  today: string,
  scope?: string,
): Person[] {
  const rows = index.byLevel.get(level) ?? [];
  const people = rows
    .filter((row) => isValidOn(row, today))
    .filter((row) => scope === undefined || row.coverage.some((covered) => same(covered, scope)))
    .map(toPerson);
  return substitutesFirst(people);
}

/** The scopes (coverage values) of a level, as the register spells them. */
export function scopesOf(
  byLevel: ReadonlyMap<LiaisonLevel, readonly LiaisonAssignment[]>,
  level: LiaisonLevel,
): string[] {
  const scopes: string[] = [];
  for (const row of byLevel.get(level) ?? []) {
    for (const scope of row.coverage) if (!scopes.some((known) => same(known, scope))) scopes.push(scope);
  }
  return scopes;
}
