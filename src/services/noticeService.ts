import { randomUUID } from 'node:crypto';
import type { Unit } from '../domain/directory';
import {
  currentNoticesFor,
  decideSend,
  resolveAudience,
  unitsOf,
  validateNotice,
  type DeliveryProgress,
  type Notice,
  type NoticeError,
  type Recipient,
  type SendRefusal,
} from '../domain/notices';
import { DEFAULT_REMINDERS, nextRun, type Reminder } from '../domain/scheduling/reminders';
import {
  validateReminderForm,
  type ReminderDraft,
  type ReminderFormResult,
  MAX_REMINDERS,
} from '../domain/scheduling/reminderForm';
import { isValidOn } from '../domain/directory';
import type { Clock } from '../domain/time';
import { StaleWriteError } from './storageErrors';
import type { Logger } from '../infra/logger';

import type { ConversationService } from './conversationService';
import type { DirectoryService } from './directoryService';
import type { CardLocation } from './ports';
import type { Repositories, Stored, StoredNotice, StoredReference } from './repositories';
import { logError } from '../domain/errors';

export type DraftResult =
  | { kind: 'draft'; notice: StoredNotice; recipients: number }
  | { kind: 'invalid'; errors: NoticeError[] }
  | Forbidden;

/** Refused: `code` says why when the rights rule refused (no code: not the sender's notice). */
export type Forbidden = { kind: 'forbidden'; code?: SendRefusal };

export type SendResult =
  | { kind: 'sending'; notice: StoredNotice; recipients: number }
  | { kind: 'scheduled'; notice: StoredNotice }
  | { kind: 'cancelled'; notice: StoredNotice }
  | { kind: 'notFound' }
  | Forbidden
  | { kind: 'alreadyHandled'; notice: StoredNotice }
  /** Nobody would get it now; sent only when the sender confirms (docs/notices.md §5). */
  | { kind: 'noRecipients'; notice: StoredNotice };

interface Sender {
  aadObjectId: string;
  name: string;
}

/** Use cases of NGO notices: draft, send now or later, cancel, list; reminders on the same engine. */
export class NoticeService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly conversations: ConversationService,
  ) {}

  units(): Unit[] {
    return this.directory.current?.register.units ?? [];
  }

  /** The units a sender may address (all for the coordinator), for the form's choices. */
  unitsFor(aadObjectId: string): Unit[] {
    const roles = this.directory.roles(aadObjectId);
    return roles.coordinator ? this.units() : this.units().filter((u) => roles.centreUnitIds.includes(u.id));
  }

  maySendAnything(aadObjectId: string): boolean {
    const roles = this.directory.roles(aadObjectId);
    return roles.coordinator || roles.centreUnitIds.length > 0;
  }

  private known() {
    const units = this.units();
    return {
      units: new Set(units.map((u) => u.id)),
      municipalities: new Set(units.map((u) => u.municipality)),
      areas: new Set(units.map((u) => u.area)),
    };
  }

  /** Validates the form, checks the sender's rights, stores a draft and counts today's recipients. */
  async draft(raw: Record<string, unknown>, sender: Sender, replacing?: string): Promise<DraftResult> {
    const now = this.clock();
    const result = validateNotice(raw, { now, known: this.known() });
    if (result.kind !== 'ok') return { kind: 'invalid', errors: result.errors };
    const decision = decideSend(
      this.directory.roles(sender.aadObjectId),
      result.value.audience,
      this.units(),
    );
    if (decision.kind !== 'ok') return { kind: 'forbidden', code: decision.code };
    const notice: Notice = {
      id: randomUUID(),
      state: 'draft',
      ...result.value,
      sender,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const stored = await this.repos().notices.create(notice);
    if (replacing) await this.cancel(replacing, sender.aadObjectId).catch(() => undefined);
    return { kind: 'draft', notice: stored, recipients: (await this.recipients(notice)).length };
  }

  /** Recipients as of now: subscribers of the topics in the audience's units, NGO teams, notice boards. */
  async recipients(notice: Pick<Notice, 'audience' | 'topics'>): Promise<Recipient[]> {
    const unitIds = unitsOf(notice.audience, this.units()).map((u) => u.id);
    const { profiles, boards } = this.repos();
    const people = (await profiles.listSubscribers(unitIds)).map((p) => ({
      profile: p,
      member: {
        aadObjectId: p.id,
        ...(p.unitId ? { unitId: p.unitId } : {}),
        topics: p.topics ?? [],
        allTopics: p.allTopics ?? false,
      },
    }));
    return resolveAudience(notice, {
      units: this.units(),
      subscriptions: people.map((p) => p.member),
      teamMembers: people.filter((p) => p.profile.ngoTeam).map((p) => p.member),
      noticeBoards: await boards.listFor(unitIds),
    });
  }

  /**
   * Sends a draft now, or schedules it when it has a send time. Only its sender may. A notice nobody
   * would get now is sent only when `emptyConfirmed` (the sender confirmed it on the card).
   */
  async send(noticeId: string, actor: string, emptyConfirmed = false): Promise<SendResult> {
    const notice = await this.repos().notices.get(noticeId);
    if (!notice) return { kind: 'notFound' };
    if (notice.sender.aadObjectId.toLowerCase() !== actor.toLowerCase()) return { kind: 'forbidden' };
    if (notice.state !== 'draft') return { kind: 'alreadyHandled', notice };
    const decision = decideSend(this.directory.roles(actor), notice.audience, this.units());
    if (decision.kind !== 'ok') return { kind: 'forbidden', code: decision.code };
    if (!emptyConfirmed && (await this.recipients(notice)).length === 0)
      return { kind: 'noRecipients', notice };
    const now = this.clock();
    if (notice.sendAt && Date.parse(notice.sendAt) > now.getTime()) {
      try {
        const saved = await this.repos().notices.save(
          { ...notice, state: 'scheduled', updatedAt: now.toISOString() },
          notice._etag,
        );
        return { kind: 'scheduled', notice: saved };
      } catch (error) {
        if (error instanceof StaleWriteError)
          return { kind: 'alreadyHandled', notice: (await this.repos().notices.get(noticeId))! };
        throw error;
      }
    }
    return this.start(notice);
  }

  /**
   * Starts sending: resolves the recipients, writes the outbox (idempotent, so two instances starting
   * the same notice create each delivery once), then flips the notice to "sending" with IfMatch.
   */
  async start(notice: StoredNotice, recipients?: Recipient[]): Promise<SendResult> {
    const now = this.clock();
    // A scheduled notice goes out with its sender's rights as they are now, not as they were (docs/notices.md §2.2).
    if (notice.state === 'scheduled') {
      const decision = decideSend(
        this.directory.roles(notice.sender.aadObjectId),
        notice.audience,
        this.units(),
      );
      if (decision.kind !== 'ok') return this.withdraw(notice, decision.code);
    }
    const list = recipients ?? (await this.recipients(notice));
    // Due at once: the outbox's retry and lease times are the workers' wall clock, not the business clock.
    await this.repos().outbox.enqueue(notice.id, list, 0);
    try {
      const saved = await this.repos().notices.save(
        { ...notice, state: 'sending', startedAt: now.toISOString(), updatedAt: now.toISOString() },
        notice._etag,
      );
      await this.repos().audit.record(
        `notice:${notice.id}`,
        notice.sender.aadObjectId,
        'notice.send',
        { recipients: list.length },
        now,
      );
      this.log.info({ noticeId: notice.id, recipients: list.length }, 'notice sending');
      return { kind: 'sending', notice: saved, recipients: list.length };
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      const current = await this.repos().notices.get(notice.id);
      return current ? { kind: 'alreadyHandled', notice: current } : { kind: 'notFound' };
    }
  }

  /** A scheduled notice its sender may no longer send: cancelled, nothing queued, logged. */
  private async withdraw(notice: StoredNotice, code: SendRefusal): Promise<SendResult> {
    try {
      await this.repos().notices.save(
        { ...notice, state: 'cancelled', updatedAt: this.clock().toISOString() },
        notice._etag,
      );
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
    logError(this.log, 'warn', 'NOTICE_WITHDRAWN', { noticeId: notice.id, refusal: code });
    return { kind: 'forbidden', code };
  }

  /** Cancels a draft or a scheduled notice (its sender or the coordinator). */
  async cancel(noticeId: string, actor: string): Promise<SendResult> {
    const notice = await this.repos().notices.get(noticeId);
    if (!notice) return { kind: 'notFound' };
    const own = notice.sender.aadObjectId.toLowerCase() === actor.toLowerCase();
    if (!own && !this.directory.roles(actor).coordinator) return { kind: 'forbidden' };
    if (notice.state !== 'draft' && notice.state !== 'scheduled') return { kind: 'alreadyHandled', notice };
    try {
      const saved = await this.repos().notices.save(
        { ...notice, state: 'cancelled', updatedAt: this.clock().toISOString() },
        notice._etag,
      );
      return { kind: 'cancelled', notice: saved };
    } catch (error) {
      if (error instanceof StaleWriteError)
        return { kind: 'alreadyHandled', notice: (await this.repos().notices.get(noticeId))! };
      throw error;
    }
  }

  /**
   * Sends (or schedules) a notice; the card that was clicked (`at`) becomes the report card, a
   * scheduled notice's too (it updates itself when sending starts).
   */
  async sendFrom(
    noticeId: string,
    actor: string,
    at?: CardLocation,
    emptyConfirmed = false,
  ): Promise<SendResult> {
    const result = await this.send(noticeId, actor, emptyConfirmed);
    if ((result.kind === 'sending' || result.kind === 'scheduled') && at) {
      const { key, activityId } = await this.conversations.rememberCard(at);
      await this.setReportMessage(noticeId, { key, activityId });
    }
    return result;
  }

  /**
   * Makes a channel the notice board of one of the units the actor may send to; undefined when the
   * unit is not theirs. `conversationId` is the channel itself (notices start new posts there).
   */
  async registerBoard(
    actor: string,
    unitId: string | undefined,
    channel: { conversationId: string; reference: StoredReference; teamId?: string },
  ): Promise<Unit | undefined> {
    const unit = this.unitsFor(actor).find((u) => u.id === unitId);
    if (!unit) return undefined;
    const { conversationId } = channel;
    await this.conversations.rememberChannel(conversationId, channel.reference);
    await this.repos().boards.register(
      { unitId: unit.id, conversationId },
      actor,
      this.clock(),
      channel.teamId,
    );
    return unit;
  }

  /** Every reminder, for the county coordinator's list. */
  reminders(): Promise<Array<Stored<Reminder>>> {
    return this.repos().reminders.list();
  }

  /** Remembers the sender's report card (retries on a concurrent change by a worker). */
  async setReportMessage(
    noticeId: string,
    reportMessage: { key: string; activityId: string },
  ): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const notice = await this.repos().notices.get(noticeId);
      if (!notice) return;
      try {
        await this.repos().notices.save({ ...notice, reportMessage }, notice._etag);
        return;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
  }

  list(aadObjectId: string): Promise<StoredNotice[]> {
    return this.repos().notices.list(this.directory.roles(aadObjectId).coordinator ? undefined : aadObjectId);
  }

  /**
   * The notices valid today for a member of staff's own unit and topics (docs/notices.md §2.3), newest
   * first; `unit: false` when they have not told their unit.
   */
  async currentFor(userId: string): Promise<{ unit: boolean; notices: StoredNotice[] }> {
    const profile = await this.repos().profiles.get(userId);
    if (!profile?.unitId) return { unit: false, notices: [] };
    const today = this.directory.today();
    const reader = { unitId: profile.unitId, topics: profile.topics ?? [], allTopics: profile.allTopics };
    const notices = await this.repos().notices.listCurrent(today);
    return { unit: true, notices: currentNoticesFor(notices, reader, this.units(), today) };
  }

  /** The notice's deliveries counted by state (the report card's figures). */
  progress(id: string): Promise<DeliveryProgress> {
    return this.repos().outbox.progress(id);
  }

  get(id: string): Promise<StoredNotice | undefined> {
    return this.repos().notices.get(id);
  }

  /** Creates the default reminders once (their first run computed from now). */
  async ensureReminders(): Promise<void> {
    const now = this.clock();
    for (const r of DEFAULT_REMINDERS) {
      await this.repos().reminders.upsertIfMissing({
        ...r,
        paused: false,
        nextRunAt: nextRun(r.cron, now).toISOString(),
      });
    }
  }

  /**
   * Runs due reminders (docs/notices.md §6): the instance that moves nextRunAt first (IfMatch) turns the
   * reminder into a notice to the liaisons, sent by the same engine as any notice.
   */
  async runDueReminders(text: (reminder: Reminder) => { title: string; text: string }): Promise<number> {
    const now = this.clock();
    let ran = 0;
    for (const reminder of await this.repos().reminders.due(now.getTime())) {
      const moved = await this.repos().reminders.save({
        ...reminder,
        nextRunAt: nextRun(reminder.cron, now).toISOString(),
      });
      if (!moved) continue;
      const today = this.directory.today();
      const rows = (this.directory.current?.register.assignments ?? []).filter(
        (row) =>
          isValidOn(row, today) &&
          row.aadObjectId &&
          (reminder.audience === 'allLiaisons' ? row.level !== 'kunta' : row.level === 'sote-keskus'),
      );
      const recipients: Recipient[] = [...new Set(rows.map((row) => row.aadObjectId!.toLowerCase()))].map(
        (id) => ({
          key: `user:${id}`,
          kind: 'user',
          reason: 'subscription',
        }),
      );
      const content = text(reminder);
      const notice: Notice = {
        id: randomUUID(),
        state: 'draft',
        title: content.title,
        text: content.text,
        ngo: 'Pohde',
        topics: [],
        audience: { kind: 'county', ids: [] },
        validUntil: today,
        sender: { aadObjectId: 'silta-reminders', name: 'Silta' },
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        reminderId: reminder.id,
      };
      await this.start(await this.repos().notices.create(notice), recipients);
      ran += 1;
    }
    return ran;
  }

  /** Pauses or resumes a reminder (the caller checked the coordinator's rights); audited. */
  async setReminderPaused(id: string, paused: boolean, actor: string): Promise<boolean> {
    const reminder = await this.repos().reminders.get(id);
    if (!reminder || reminder.removed) return false;
    const saved = await this.repos().reminders.save({
      ...reminder,
      paused,
      ...(paused ? {} : { nextRunAt: nextRun(reminder.cron, this.clock()).toISOString() }),
    });
    if (saved) await this.auditReminder(id, actor, paused ? 'reminder.pause' : 'reminder.resume', {});
    return saved;
  }

  /**
   * Adds a reminder from the coordinator's form, validated here; nothing is stored when it is invalid or
   * when MAX_REMINDERS are kept already (two adds at the same moment may pass the count by one).
   */
  async addReminderFrom(
    raw: Record<string, unknown>,
    actor: string,
  ): Promise<ReminderFormResult | { kind: 'full'; max: number }> {
    const result = validateReminderForm(raw);
    if (result.kind !== 'ok') return result;
    const kept = (await this.repos().reminders.list()).filter((r) => !r.removed).length;
    if (kept >= MAX_REMINDERS) return { kind: 'full', max: MAX_REMINDERS };
    await this.addReminder(result.value, actor);
    return result;
  }

  /** Adds a reminder from the coordinator's form (validated by the caller); audited. */
  async addReminder(draft: ReminderDraft, actor: string): Promise<Reminder> {
    const reminder: Reminder = {
      id: `custom-${randomUUID()}`,
      title: draft.title,
      text: draft.text,
      cron: draft.cron,
      audience: draft.audience,
      paused: false,
      nextRunAt: nextRun(draft.cron, this.clock()).toISOString(),
    };
    await this.repos().reminders.create(reminder);
    await this.auditReminder(reminder.id, actor, 'reminder.add', { title: draft.title, cron: draft.cron });
    return reminder;
  }

  /**
   * Changes a reminder from the coordinator's edit form (validated here by the same spec as a new one);
   * nothing is stored when the form is invalid, the reminder is gone, or it changed since the form was
   * drawn (`version`, its ETag then). Audited.
   */
  async updateReminderFrom(
    id: string,
    version: string | undefined,
    raw: Record<string, unknown>,
    actor: string,
  ): Promise<ReminderFormResult | { kind: 'gone' } | { kind: 'stale' }> {
    const reminder = await this.repos().reminders.get(id);
    if (!reminder || reminder.removed) return { kind: 'gone' };
    if (!version || version !== reminder._etag) return { kind: 'stale' };
    const result = validateReminderForm(raw);
    if (result.kind !== 'ok') return result;
    const { title, text, audience, cron } = result.value;
    const saved = await this.repos().reminders.save({
      ...reminder,
      title,
      text,
      audience,
      cron,
      nextRunAt: nextRun(cron, this.clock()).toISOString(),
    });
    if (!saved) return { kind: 'stale' };
    await this.auditReminder(id, actor, 'reminder.edit', { title, cron });
    return result;
  }

  /**
   * Removes a reminder (a ready-made one too: the marker keeps it from coming back at start); audited.
   * `version`: the ETag the confirming card was drawn from; a reminder changed since then is not removed.
   */
  async removeReminder(id: string, actor: string, version: string): Promise<'removed' | 'gone' | 'stale'> {
    const reminder = await this.repos().reminders.get(id);
    if (!reminder || reminder.removed) return 'gone';
    if (version !== reminder._etag) return 'stale';
    const saved = await this.repos().reminders.save({ ...reminder, removed: true, paused: true });
    if (!saved) return 'stale';
    await this.auditReminder(id, actor, 'reminder.remove', {});
    return 'removed';
  }

  /** One reminder as stored (its ETag too), for the edit form. */
  reminder(id: string): Promise<Stored<Reminder> | undefined> {
    return this.repos().reminders.get(id);
  }

  private async auditReminder(id: string, actor: string, action: string, details: Record<string, unknown>) {
    await this.repos().audit.record(`reminder:${id}`, actor, action, details, this.clock());
  }
}
