/**
 * Who receives a notice (docs/notices.md §3), resolved when it is sent: staff of the audience's units who subscribed to one
 * of its topics (or to all), the units' NGO-team members (järjestöyhteistyötiimi), and the units'
 * notice-board channels (ilmoitustaulu). One recipient per key, with the first reason found.
 */
import type { Notice } from './types';
import { unitsOf, type AudienceUnit } from './units';

export interface Recipient {
  /** "user:<aad object id, lowercase>" or "conv:<channel conversation id>": also part of the delivery's idempotency key. */
  key: string;
  kind: 'user' | 'board';
  reason: 'subscription' | 'ngoTeam' | 'noticeBoard';
}

/** A person with a unit and topics (tilaaja). */
export interface TopicMember {
  aadObjectId: string;
  unitId?: string;
  topics: readonly string[];
  /** Subscribed to every topic. */
  allTopics?: boolean;
}

export interface AudienceSources {
  units: readonly AudienceUnit[];
  /** Topic subscriptions of staff. */
  subscriptions: readonly TopicMember[];
  /**
   * NGO-team members: they get the notices of their unit on their topics; a member with no topics
   * (the team role alone) gets every notice of the unit.
   */
  teamMembers: readonly TopicMember[];
  /** Channels registered as a unit's notice board. */
  noticeBoards: ReadonlyArray<{ unitId: string; conversationId: string }>;
}

export const userRecipientKey = (aadObjectId: string) => `user:${aadObjectId.toLowerCase()}`;
export const boardRecipientKey = (conversationId: string) => `conv:${conversationId}`;

type AudienceOf = Pick<Notice, 'audience' | 'topics'>;

export function resolveAudience(notice: AudienceOf, sources: AudienceSources): Recipient[] {
  const unitIds = new Set(unitsOf(notice.audience, sources.units).map((u) => u.id));
  const topics = new Set<string>(notice.topics);
  const inAudience = (m: TopicMember) => m.unitId !== undefined && unitIds.has(m.unitId);
  const onTopic = (m: TopicMember) => m.allTopics === true || m.topics.some((t) => topics.has(t));
  const out = new Map<string, Recipient>();
  const add = (key: string, kind: Recipient['kind'], reason: Recipient['reason']) => {
    if (!out.has(key)) out.set(key, { key, kind, reason });
  };
  for (const m of sources.teamMembers)
    if (inAudience(m) && (m.topics.length === 0 || onTopic(m)))
      add(userRecipientKey(m.aadObjectId), 'user', 'ngoTeam');
  for (const m of sources.subscriptions)
    if (inAudience(m) && onTopic(m)) add(userRecipientKey(m.aadObjectId), 'user', 'subscription');
  for (const b of sources.noticeBoards)
    if (unitIds.has(b.unitId)) add(boardRecipientKey(b.conversationId), 'board', 'noticeBoard');
  return [...out.values()];
}
