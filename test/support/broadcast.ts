import { randomUUID } from 'node:crypto';
import type { Notice, Recipient } from '../../src/domain/notices';

/** A county-wide notice already being sent (state "sending"), as the delivery engine sees one. */
export function sendingNotice(title: string, sender: { aadObjectId: string; name: string }): Notice {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    state: 'sending',
    title,
    text: 'Teksti',
    ngo: 'Yhdistys',
    topics: ['diabetes'],
    audience: { kind: 'county', ids: [] },
    validUntil: '2099-01-01',
    sender,
    createdAt: now,
    updatedAt: now,
  };
}

/** `count` topic subscribers, each reached in a conversation of their own ("user:<prefix><i>"). */
export function subscribers(count: number, prefix = ''): Recipient[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `user:${prefix}${i}`,
    kind: 'user',
    reason: 'subscription',
  }));
}
