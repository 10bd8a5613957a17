import { isTopic } from '../../domain/notices';
import type { Subscription } from '../../services/profileService';

type Data = Record<string, unknown>;
const str = (v: unknown, max = 100) => (typeof v === 'string' ? v.slice(0, max) : '');

/** An id from card data (a notice, reminder or unit), if it looks like one. */
export function idFrom(data: Data, field: string): string | undefined {
  const id = str(data[field], 64);
  return /^[0-9a-z-]{1,64}$/i.test(id) ? id : undefined;
}

/** The topics card's choice: known topics only; "unsubscribe" clears everything. */
export function subscriptionFrom(data: Data): Subscription {
  const unsubscribe = data.unsubscribe === true || data.unsubscribe === 'true';
  if (unsubscribe) return { topics: [], allTopics: false, ngoTeam: false };
  const topics = str(data.topics, 2000)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .filter(isTopic);
  const flags = str(data.flags, 40).split(',');
  return { topics, allTopics: flags.includes('all'), ngoTeam: flags.includes('ngoTeam') };
}

/** Whether the reminder card asks to pause (true) or resume (false). */
export const pausedFrom = (data: Data): boolean => data.paused === true || data.paused === 'true';
