import {
  ERASURE_PREVIEW_MS,
  PREVIOUS_REGISTER_MS,
  REGISTER_PREVIEW_MS,
  areDeliveriesDue,
  cutoff,
  isNoticeDue,
  isUserInactive,
  lastSeen,
  scrubRegisterDetails,
  type Lifetimes,
} from '../domain/retention';
import { isEventDue, isSubmissionDue } from '../domain/ngo';
import type { Clock } from '../domain/time';
import { userKey } from '../infra/conversationRepository';
import type { Logger } from '../infra/logger';
import type { Repositories } from './repositories';

/** What one sweep removed or rewrote, per kind of data. */
export interface SweepReport {
  registerPreviews: number;
  erasurePreviews: number;
  registerChunks: number;
  registerRecordsScrubbed: number;
  auditScrubbed: number;
  auditDeleted: number;
  exports: number;
  notices: number;
  deliveries: number;
  references: number;
  profiles: number;
  turnState: number;
  reminders: number;
  ngoSubmissions: number;
  ngoEvents: number;
}

/** The sweep runs at most this often per instance (the server's scheduled jobs call `run` every minute). */
export const SWEEP_INTERVAL_MS = 60 * 60_000;

/**
 * The retention job: every container's stated lifetime (docs/data-lifetimes.md §1), enforced on a
 * schedule. The rules are the domain's (domain/retention); this deletes or rewrites what they say is
 * due. Orders are purged by the order upkeep (OrderService.tick). Idempotent, and safe on several
 * instances at once (a document already deleted by another is simply gone).
 */
export class RetentionService {
  private lastSweep?: number;

  constructor(
    private readonly repos: () => Repositories,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly lifetimes: Lifetimes,
  ) {}

  /** The scheduled entry point: sweeps when the last sweep of this instance is an hour old. */
  async run(): Promise<SweepReport | undefined> {
    const now = this.clock().getTime();
    if (this.lastSweep !== undefined && now - this.lastSweep < SWEEP_INTERVAL_MS) return undefined;
    this.lastSweep = now;
    return this.sweep();
  }

  /** One pass over every container. */
  async sweep(): Promise<SweepReport> {
    const now = this.clock();
    const r = this.repos();
    const report: SweepReport = {
      registerPreviews: await r.register.deletePendingBefore(cutoff(now, { ms: REGISTER_PREVIEW_MS })),
      erasurePreviews: await r.erasures.deleteBefore(cutoff(now, { ms: ERASURE_PREVIEW_MS })),
      registerChunks: await r.register.deleteOldVersions(cutoff(now, { ms: PREVIOUS_REGISTER_MS })),
      registerRecordsScrubbed: await r.register.rewriteChanges(scrubRegisterDetails),
      auditScrubbed: await r.audit.rewrite('register', (entry) => ({
        ...entry,
        details: scrubRegisterDetails(entry.details),
      })),
      auditDeleted: await this.deleteOldAudit(now),
      exports: await r.exports.deleteExpired(now.getTime()),
      ...(await this.sweepNotices(now)),
      ...(await this.sweepUsers(now)),
      turnState: await r.state.deleteWrittenBefore(cutoff(now, { days: this.lifetimes.turnStateDays })),
      reminders: await r.reminders.deleteRemovedCustom(),
      ngoSubmissions: await this.sweepNgoSubmissions(now),
      ngoEvents: await this.sweepNgoEvents(now),
    };
    const total = Object.values(report).reduce((a, b) => a + b, 0);
    if (total > 0) this.log.info({ ...report }, 'retention sweep');
    return report;
  }

  /** Forgets a user who removed Silta: their conversation reference, profile and subscriptions. */
  async forgetUser(aadObjectId: string): Promise<void> {
    const { conversations, profiles } = this.repos();
    await conversations.delete(userKey(aadObjectId));
    await profiles.delete(aadObjectId);
    if (aadObjectId.toLowerCase() !== aadObjectId) await profiles.delete(aadObjectId.toLowerCase());
    this.log.info('user removed Silta: conversation reference and profile deleted');
  }

  /** Forgets a channel or group chat Silta was removed from: its reference and notice boards. */
  async forgetConversation(conversationId: string, teamId?: string): Promise<void> {
    const { conversations, boards } = this.repos();
    await conversations.delete(`conv:${conversationId}`);
    const removed = await boards.removeFor(conversationId, teamId);
    this.log.info({ boards: removed }, 'Silta removed from a conversation: its reference and boards deleted');
  }

  /** docs/ngo.md §6: submissions past their lifetime, with the NGO contact person's details in them. */
  private async sweepNgoSubmissions(now: Date): Promise<number> {
    const { ngoSubmissions } = this.repos();
    let deleted = 0;
    for (const submission of await ngoSubmissions.list()) {
      if (isSubmissionDue(submission, now, this.lifetimes) && (await ngoSubmissions.delete(submission.id))) {
        deleted += 1;
      }
    }
    return deleted;
  }

  /** docs/ngo.md §6: accepted activities past their last date and lifetime. */
  private async sweepNgoEvents(now: Date): Promise<number> {
    const { ngoEvents } = this.repos();
    let deleted = 0;
    for (const event of await ngoEvents.list()) {
      if (isEventDue(event, now, this.lifetimes) && (await ngoEvents.delete(event))) deleted += 1;
    }
    return deleted;
  }

  private async deleteOldAudit(now: Date): Promise<number> {
    const { audit } = this.repos();
    const old = await audit.listBefore(cutoff(now, { months: this.lifetimes.auditMonths }));
    const deleted = await Promise.all(old.map((entry) => audit.remove(entry)));
    return deleted.filter(Boolean).length;
  }

  private async sweepNotices(now: Date): Promise<Pick<SweepReport, 'notices' | 'deliveries'>> {
    const { notices, outbox } = this.repos();
    let deletedNotices = 0;
    let deliveries = 0;
    for (const notice of await notices.listNotSending()) {
      if (isNoticeDue(notice, now, this.lifetimes)) {
        deliveries += await outbox.deleteAll(notice.id);
        if (await notices.delete(notice.id)) deletedNotices += 1;
      } else if (areDeliveriesDue(notice, now, this.lifetimes)) {
        deliveries += await outbox.deleteAll(notice.id);
      }
    }
    return { notices: deletedNotices, deliveries };
  }

  /**
   * Users not seen for `userInactiveMonths`: their conversation reference (written at least daily while
   * they use Silta) and their profile (own unit, topics) go. Channel and group-chat references too.
   */
  private async sweepUsers(now: Date): Promise<Pick<SweepReport, 'references' | 'profiles'>> {
    const { conversations, profiles } = this.repos();
    const before = cutoff(now, { months: this.lifetimes.userInactiveMonths });
    let references = 0;
    let deletedProfiles = 0;
    for (const stamp of await conversations.listWrittenBefore(before)) {
      if (await conversations.delete(stamp.key)) references += 1;
    }
    for (const profile of await profiles.listChangedBefore(before)) {
      const seen = lastSeen(profile.updatedAt, await conversations.seenAt(userKey(profile.id)));
      if (isUserInactive(seen, now, this.lifetimes) && (await profiles.delete(profile.id))) {
        deletedProfiles += 1;
      }
    }
    return { references, profiles: deletedProfiles };
  }
}
