/**
 * The notices a member of staff sees with `tiedotteet` (docs/notices.md §2.3): sent (or being sent),
 * still valid today, addressed to their own unit, on one of their topics — all topics when they follow
 * all, or none, or are on the NGO team without topics of their own. Newest first.
 */
import type { Notice } from './types';
import { unitsOf, type AudienceUnit } from './units';

export interface Reader {
  unitId?: string;
  topics: readonly string[];
  allTopics?: boolean;
}

export function currentNoticesFor<N extends Notice>(
  notices: readonly N[],
  reader: Reader,
  units: readonly AudienceUnit[],
  today: string,
): N[] {
  if (!reader.unitId) return [];
  const everyTopic = reader.allTopics === true || reader.topics.length === 0;
  return notices
    .filter(
      (n) =>
        (n.state === 'sending' || n.state === 'sent') &&
        !n.remindsOf &&
        !n.reminderId &&
        n.validUntil >= today &&
        unitsOf(n.audience, units).some((u) => u.id === reader.unitId) &&
        (everyTopic || n.topics.some((topic) => reader.topics.includes(topic))),
    )
    .sort((a, b) => (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt));
}
