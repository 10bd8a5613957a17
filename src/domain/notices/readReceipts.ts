/**
 * Read receipts (docs/notices.md §7): Teams tells a bot the id of the last message a person read in
 * their personal chat with it. Message ids there are the message's time in epoch milliseconds, so a
 * receipt covers every message of the chat whose id is at or before it.
 */
import type { Notice } from './types';

/** A message id as Teams gives it in a personal chat: digits only (epoch milliseconds). */
const MESSAGE_ID = /^\d{1,20}$/;

/** True when the receipt `lastReadMessageId` covers `messageId`; ids that are not numbers never match. */
export function isReadBy(messageId: string | undefined, lastReadMessageId: string | undefined): boolean {
  if (!messageId || !lastReadMessageId) return false;
  if (!MESSAGE_ID.test(messageId) || !MESSAGE_ID.test(lastReadMessageId)) return false;
  return BigInt(messageId) <= BigInt(lastReadMessageId);
}

const DAY_MS = 86_400_000;

/**
 * From when the sender may remind those who have not read (or acknowledged) the notice (ISO), or
 * undefined when no reminder is offered: no days chosen, not started, or itself a reminder.
 */
export function reminderAvailableFrom(
  notice: Pick<Notice, 'remindAfterDays' | 'remindsOf' | 'startedAt'>,
): string | undefined {
  if (!notice.remindAfterDays || notice.remindsOf || !notice.startedAt) return undefined;
  return new Date(Date.parse(notice.startedAt) + notice.remindAfterDays * DAY_MS).toISOString();
}

/** Read and acknowledged, as the sender's report and `tiedotteet` count them. */
export interface ReadCounts {
  /** Deliveries sent to a person (only personal chats can report reading). */
  people: number;
  read: number;
  acknowledged: number;
}

/** The share of people who read the notice, in whole percent; undefined when it went to nobody. */
export function readRate(counts: ReadCounts): number | undefined {
  return counts.people === 0 ? undefined : Math.round((100 * counts.read) / counts.people);
}
