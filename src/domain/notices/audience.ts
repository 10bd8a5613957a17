/** Who receives a notice: resolved when it is sent, from subscriptions, NGO-team members and notice boards. */
import type { Unit } from '../directory/types';
import type { Roles } from '../directory/roles';
import type { Topic } from './topics';
import type { Audience, Notice } from './types';

export interface Subscriber {
  /** AAD object id */
  id: string;
  unitId?: string;
  topics: readonly string[];
  /** Subscribed to every topic. */
  allTopics?: boolean;
  /** A member of the unit's NGO cooperation team (järjestöyhteistyötiimi). */
  ngoTeam?: boolean;
}

export interface NoticeBoard {
  unitId: string;
  /** Conversation key of the channel ("conv:<id>"). */
  key: string;
}

export interface Recipient {
  /** "user:<aad>" or the board's conversation key: also the delivery's idempotency key part. */
  key: string;
  kind: 'user' | 'board';
  reason: 'subscription' | 'ngoTeam' | 'noticeBoard';
}

/** The units an audience covers. */
export function unitsOf(audience: Audience, units: readonly Unit[]): Unit[] {
  switch (audience.kind) {
    case 'county':
      return [...units];
    case 'units':
      return units.filter((u) => audience.ids.includes(u.id));
    case 'municipalities':
      return units.filter((u) => audience.ids.includes(u.municipality));
    case 'areas':
      return units.filter((u) => audience.ids.includes(u.area));
  }
}

export function resolveAudience(
  notice: Pick<Notice, 'audience' | 'topics'>,
  units: readonly Unit[],
  subscribers: readonly Subscriber[],
  boards: readonly NoticeBoard[],
): Recipient[] {
  const unitIds = new Set(unitsOf(notice.audience, units).map((u) => u.id));
  const matches = (s: Subscriber) => s.allTopics || s.topics.some((t) => notice.topics.includes(t as Topic));
  const out = new Map<string, Recipient>();
  for (const s of subscribers) {
    if (!s.unitId || !unitIds.has(s.unitId) || !matches(s)) continue;
    const key = `user:${s.id.toLowerCase()}`;
    if (!out.has(key)) out.set(key, { key, kind: 'user', reason: s.ngoTeam ? 'ngoTeam' : 'subscription' });
  }
  for (const board of boards) {
    if (unitIds.has(board.unitId) && !out.has(board.key))
      out.set(board.key, { key: board.key, kind: 'board', reason: 'noticeBoard' });
  }
  return [...out.values()];
}

/** Liaisons send to the units they cover; the county coordinator anywhere; others not at all. */
export function maySend(roles: Roles, audience: Audience, units: readonly Unit[]): boolean {
  if (roles.coordinator) return true;
  if (roles.centreUnitIds.length === 0 || audience.kind === 'county') return false;
  const covered = unitsOf(audience, units);
  return covered.length > 0 && covered.every((u) => roles.centreUnitIds.includes(u.id));
}
