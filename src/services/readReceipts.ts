import { userRecipientKey, type ReadCounts } from '../domain/notices';
import type { Clock } from '../domain/time';

/** Where read and acknowledged marks are kept (the delivery documents); src/infra/delivery/readMarks.ts. */
export interface ReadMarksStore {
  markRead(recipientKey: string, lastReadMessageId: string, at: string): Promise<string[]>;
  acknowledge(noticeId: string, recipientKey: string, at: string): Promise<'new' | 'again' | 'notReceived'>;
  counts(noticeId: string): Promise<ReadCounts>;
  unconfirmed(noticeId: string, acknowledgement: boolean): Promise<string[]>;
}

/** Longest message id read from a receipt (epoch milliseconds have 13 digits). */
const MAX_MESSAGE_ID = 20;

/** Who read and who acknowledged a notice (docs/notices.md §7). */
export class ReadReceiptService {
  constructor(
    private readonly marks: () => ReadMarksStore,
    private readonly clock: Clock,
  ) {}

  /**
   * A read receipt from a person's personal chat: every notice sent to them there up to that message
   * is read. Returns the notices that got a new read (their reports change); malformed ids mark nothing.
   */
  async recordReceipt(aadObjectId: string, lastReadMessageId: unknown): Promise<string[]> {
    if (typeof lastReadMessageId !== 'string' || !/^\d+$/.test(lastReadMessageId)) return [];
    if (lastReadMessageId.length > MAX_MESSAGE_ID) return [];
    const at = this.clock().toISOString();
    return this.marks().markRead(userRecipientKey(aadObjectId), lastReadMessageId, at);
  }

  acknowledge(noticeId: string, aadObjectId: string): Promise<'new' | 'again' | 'notReceived'> {
    return this.marks().acknowledge(noticeId, userRecipientKey(aadObjectId), this.clock().toISOString());
  }

  counts(noticeId: string): Promise<ReadCounts> {
    return this.marks().counts(noticeId);
  }

  /** Who has not read the notice, or not acknowledged it when it asks for that (recipient keys). */
  unconfirmed(noticeId: string, acknowledgement: boolean): Promise<string[]> {
    return this.marks().unconfirmed(noticeId, acknowledgement);
  }
}
