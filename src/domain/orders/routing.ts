/**
 * Who handles a new order (docs/orders.md §2): the ordering unit's centre liaisons; where the unit has
 * none, the regional coordinator of its area.
 * The caller looks both lists up in the directory; this only decides.
 */
import type { PersonRef } from './types';

/** A person from the directory, as much of them as routing needs. */
export interface LiaisonCandidate {
  name: string;
  email?: string;
  aadObjectId?: string;
}

export type Routing =
  | { kind: 'ok'; assignedLiaisons: PersonRef[]; routedTo: 'centre' | 'regional' }
  | { kind: 'noLiaison'; code: 'ORDER_NO_LIAISON'; unitId: string };

/** The same person listed twice (two coverage rows) is assigned once: by AAD id, else e-mail, else name. */
function distinct(people: readonly LiaisonCandidate[]): PersonRef[] {
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const person of people) {
    const name = person.name.trim();
    if (!name) continue;
    const key = (person.aadObjectId || person.email || name).trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name,
      ...(person.email?.trim() ? { email: person.email.trim() } : {}),
      ...(person.aadObjectId?.trim() ? { aadObjectId: person.aadObjectId.trim() } : {}),
    });
  }
  return out;
}

export function routeOrder(
  unitId: string,
  people: { centre: readonly LiaisonCandidate[]; regional: readonly LiaisonCandidate[] },
): Routing {
  const centre = distinct(people.centre);
  if (centre.length > 0) return { kind: 'ok', assignedLiaisons: centre, routedTo: 'centre' };
  const regional = distinct(people.regional);
  if (regional.length > 0) return { kind: 'ok', assignedLiaisons: regional, routedTo: 'regional' };
  return { kind: 'noLiaison', code: 'ORDER_NO_LIAISON', unitId };
}
