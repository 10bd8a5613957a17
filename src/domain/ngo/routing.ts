/**
 * Who handles a submission (docs/ngo.md §3): the chosen unit's centre liaisons; where it has none (or
 * only a municipality was chosen), the regional coordinator of its area; where there is none either,
 * the county's NGO coordinator. The caller looks the lists up in the directory; this only decides.
 */
import type { LiaisonRef, Submission } from './types';

export interface Candidates {
  centre: readonly LiaisonRef[];
  regional: readonly LiaisonRef[];
  county: readonly LiaisonRef[];
}

/** Only people Silta can reach in Teams count (an AAD object id); the same person once. */
function reachable(people: readonly LiaisonRef[]): LiaisonRef[] {
  const seen = new Set<string>();
  const out: LiaisonRef[] = [];
  for (const person of people) {
    const id = person.aadObjectId?.trim().toLowerCase();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ name: person.name, ...(person.email ? { email: person.email } : {}), aadObjectId: id });
  }
  return out;
}

export function routeSubmission(candidates: Candidates): Pick<Submission, 'liaisons' | 'routedTo'> {
  for (const level of ['centre', 'regional', 'county'] as const) {
    const people = reachable(candidates[level]);
    if (people.length > 0) return { liaisons: people, routedTo: level };
  }
  return { liaisons: [], routedTo: 'none' };
}

const LEVELS = ['centre', 'regional', 'county', 'none'] as const;

/**
 * A submission for several places (docs/ngo.md §3): each place is routed by the rules above, and the
 * submission goes to all those people, each once (one card each). `routedTo` is the most general level
 * any place needed (shown on the card: "no centre liaison, so …").
 */
export function routeToPlaces(perPlace: readonly Candidates[]): Pick<Submission, 'liaisons' | 'routedTo'> {
  const routes = perPlace.map(routeSubmission);
  const liaisons = reachable(routes.flatMap((r) => r.liaisons));
  if (liaisons.length === 0) return { liaisons, routedTo: 'none' };
  const used = routes.filter((r) => r.routedTo !== 'none').map((r) => LEVELS.indexOf(r.routedTo));
  return { liaisons, routedTo: LEVELS[Math.max(...used)]! };
}

/** The levels a submission may be forwarded to: centre liaisons, regional and county coordinators. */
export const isForwardLevel = (level: string): boolean =>
  level === 'sote-keskus' || level === 'alue' || level === 'hyvinvointialue';
