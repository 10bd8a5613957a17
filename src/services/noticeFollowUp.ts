import { reminderAvailableFrom, type Notice, type Recipient } from '../domain/notices';
import type { Clock } from '../domain/time';
import type { DirectoryService } from './directoryService';
import type { NoticeService } from './noticeService';
import type { ReadReceiptService } from './readReceipts';
import type { Repositories } from './repositories';
import { DuplicateError } from '../infra/cosmos/errors';

export type FollowUpResult =
  | { kind: 'notFound' }
  | { kind: 'forbidden' }
  /** Not offered for this notice (no reminder days chosen, not sent yet, or itself a reminder). */
  | { kind: 'notOffered' }
  | { kind: 'notYet'; from: string }
  | { kind: 'nobody' }
  | { kind: 'alreadySent' }
  | { kind: 'sending'; notice: Notice; recipients: number };

/** The reminder's notice id: one per notice, so two clicks (or two instances) create it once. */
export const reminderIdOf = (noticeId: string) => `${noticeId}-muistutus`;

/**
 * The reminder to those who have not read a notice, or not acknowledged it when it asks for that
 * (docs/notices.md §7): a short notice of its own to exactly them, through the same outbox, limits and
 * report; offered once, from `remindAfterDays` days after sending started.
 */
export class NoticeFollowUp {
  constructor(
    private readonly repos: () => Repositories,
    private readonly notices: NoticeService,
    private readonly reads: ReadReceiptService,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
  ) {}

  async remind(noticeId: string, actor: { aadObjectId: string; name: string }): Promise<FollowUpResult> {
    const notice = await this.notices.get(noticeId);
    if (!notice) return { kind: 'notFound' };
    const own = notice.sender.aadObjectId.toLowerCase() === actor.aadObjectId.toLowerCase();
    if (!own && !this.directory.roles(actor.aadObjectId).coordinator) return { kind: 'forbidden' };
    const from = reminderAvailableFrom(notice);
    if (!from || notice.state !== 'sent') return { kind: 'notOffered' };
    const now = this.clock();
    if (now.toISOString() < from) return { kind: 'notYet', from };
    const keys = await this.reads.unconfirmed(notice.id, notice.askAcknowledgement === true);
    if (keys.length === 0) return { kind: 'nobody' };
    // The outbox keeps only each recipient's key and kind.
    const recipients: Recipient[] = keys.map((key) => ({ key, kind: 'user', reason: 'subscription' }));
    const {
      _etag: _e,
      reportMessage: _r,
      startedAt: _s,
      remindAfterDays: _d,
      sendAt: _a,
      ...rest
    } = notice as typeof notice & {
      _etag?: string;
    };
    let reminder;
    try {
      reminder = await this.repos().notices.create({
        ...rest,
        id: reminderIdOf(notice.id),
        state: 'draft',
        remindsOf: notice.id,
        sender: actor,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    } catch (error) {
      if (!(error instanceof DuplicateError)) throw error;
      // Made by an earlier click; one that stopped before sending is sent now.
      reminder = await this.notices.get(reminderIdOf(notice.id));
      if (reminder?.state !== 'draft') return { kind: 'alreadySent' };
    }
    const result = await this.notices.start(reminder, recipients);
    return result.kind === 'sending'
      ? { kind: 'sending', notice: result.notice, recipients: result.recipients }
      : { kind: 'alreadySent' };
  }
}
