/**
 * Who may send a notice where (docs/notices.md §2.1): a centre liaison (sote-keskuksen
 * järjestöyhdyshenkilö) to the units they cover, the county NGO coordinator (järjestötyön koordinaattori)
 * anywhere, nobody else.
 */
import type { Roles } from '../directory/roles';
import type { Audience } from './types';
import { unitsOf, type AudienceUnit } from './units';

export type SendRefusal =
  /** neither a liaison nor the coordinator */
  | 'NOTICE_NOT_A_SENDER'
  /** a county-wide notice needs the coordinator */
  | 'NOTICE_COUNTY_COORDINATOR_ONLY'
  /** some unit of the audience is not the liaison's (or the audience names no known unit) */
  | 'NOTICE_OUTSIDE_COVERAGE';

export type SendDecision = { kind: 'ok' } | { kind: 'refused'; code: SendRefusal };

export interface SenderRights {
  /** Units whose centre liaison the sender is today. */
  liaisonUnitIds: readonly string[];
  isCoordinator: boolean;
  /** The register's units, to expand municipality and area audiences; without it only unit ids are checked. */
  units?: readonly AudienceUnit[];
}

export function canSend(
  _sender: { aadObjectId: string },
  audience: Audience,
  rights: SenderRights,
): SendDecision {
  if (rights.isCoordinator) return { kind: 'ok' };
  if (rights.liaisonUnitIds.length === 0) return { kind: 'refused', code: 'NOTICE_NOT_A_SENDER' };
  if (audience.kind === 'county') return { kind: 'refused', code: 'NOTICE_COUNTY_COORDINATOR_ONLY' };
  const covered =
    audience.kind === 'units' && !rights.units
      ? audience.ids
      : unitsOf(audience, rights.units ?? []).map((u) => u.id);
  const own = new Set(rights.liaisonUnitIds);
  return covered.length > 0 && covered.every((id) => own.has(id))
    ? { kind: 'ok' }
    : { kind: 'refused', code: 'NOTICE_OUTSIDE_COVERAGE' };
}

/** The same rule over the directory's roles, as the notice service asks it. */
export function decideSend(roles: Roles, audience: Audience, units: readonly AudienceUnit[]): SendDecision {
  return canSend({ aadObjectId: '' }, audience, {
    liaisonUnitIds: roles.centreUnitIds,
    isCoordinator: roles.coordinator,
    units,
  });
}
