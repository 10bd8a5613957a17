/**
 * Whether a question asks for a level (docs/directory.md §4.5) or for a place, when it holds both kinds of
 * words. "Raahen kaupungin sote-keskuksen yhdyshenkilö" names a municipality's word and a centre; the
 * centre is what is asked. The rule, in order (docs/directory.md §5.1–§5.5):
 *
 * 1. A role word (järjestötyön koordinaattori, alueellinen koordinaattori, toimialue, pelastus,
 *    county coordinator …) always picks its level.
 * 2. A unit named as such wins over owner words and scope names: a place together with a unit word
 *    (sote-keskus, terveyskeskus, hyvinvointipiste, sairaala, hälsocentral, health centre …), or a unit
 *    by a name of its own (Tuira, Kontti; not a name it shares with its municipality, as Kempele).
 * 3. A scope name (a service area or rescue area) picks its level, unless its words are also a place
 *    the question names ("Koillismaan" is an area before it is a rescue area's first word).
 * 4. The county as owner (hyvinvointialueen, välfärdsområdets, county's) describes any place the
 *    question names ("hyvinvointialueen yhdyshenkilö Kempeleessä" asks for Kempele); with no place it
 *    asks for the county coordinator.
 * 5. A municipality as owner (kunnan, kaupungin, kommunens, municipal) picks the municipal level:
 *    "Kempeleen kunnan yhdyshenkilö" is the municipal liaison.
 */
import type { PlaceTarget } from './phraseIndex';
import type { LiaisonLevel } from './types';
import type { Understanding } from './understand';

const isPlace = (target: PlaceTarget) =>
  target.kind === 'unit' ||
  target.kind === 'municipality' ||
  target.kind === 'area' ||
  target.kind === 'postal';

/** docs/directory.md §5.2: the question names a unit, with a unit word or by a name of the unit's own. */
function namesUnit(u: Understanding): boolean {
  const withUnitWord =
    u.types.size > 0 &&
    u.places.some((group) => group.some((t) => t.kind === 'unit' || t.kind === 'municipality'));
  const ownName = u.places.some(
    (group) => group.some((t) => t.kind === 'unit') && !group.some((t) => t.kind === 'municipality'),
  );
  return withUnitWord || ownName;
}

/** docs/directory.md §5.3: the level of the first scope named by words that are not also a named place. */
function scopeLevel(u: Understanding): LiaisonLevel | undefined {
  for (const group of u.places) {
    if (group.some(isPlace)) continue;
    const scope = group.find((t) => t.kind === 'scope');
    if (scope?.kind === 'scope') return scope.level;
  }
  return undefined;
}

/**
 * docs/directory.md §5.2: a hospital named with a service area's word ("OYS:n psykiatria",
 * "Oulaskankaan sairaalan psykiatrian puoli") asks for that service area.
 */
function hospitalServiceArea(u: Understanding): boolean {
  return u.hospital && scopeLevel(u) === 'toimialue';
}

/** The level a question asks for, or undefined when it asks for a place. */
export function levelAskedFor(u: Understanding): LiaisonLevel | undefined {
  if (u.roleLevel) return u.roleLevel;
  if (hospitalServiceArea(u)) return 'toimialue';
  if (namesUnit(u)) return undefined;
  const scope = scopeLevel(u);
  if (scope) return scope;
  if (u.ownerLevel === 'hyvinvointialue') return u.places.length > 0 ? undefined : u.ownerLevel;
  return u.ownerLevel;
}
