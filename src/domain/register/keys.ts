import type { LiaisonAssignment, Unit } from '../directory/types';
import type { Expert } from '../experts/types';

/** Stable identities of register rows: what makes two rows "the same row" in checks and diffs. */

export const unitRowKey = (unit: Pick<Unit, 'id'>): string => unit.id.toUpperCase();

export const expertRowKey = (expert: Pick<Expert, 'id'>): string => expert.id.toUpperCase();

/** A liaison row is one person (by e-mail) at one level for one coverage from one date. */
export function assignmentRowKey(
  assignment: Pick<LiaisonAssignment, 'level' | 'coverage' | 'email' | 'validFrom'>,
): string {
  const coverage = [...assignment.coverage].map((part) => part.toLowerCase()).sort();
  return [assignment.level, coverage.join('|'), assignment.email.toLowerCase(), assignment.validFrom].join(
    ' / ',
  );
}
