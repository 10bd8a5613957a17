import { randomUUID } from 'node:crypto';
import type { Notice } from '../../src/domain/notices';
import { DEFAULT_LIFETIMES } from '../../src/domain/retention';
import { AuditRepository } from '../../src/infra/auditRepository';
import { BoardRepository } from '../../src/infra/boardRepository';
import { ConversationRepository, conversationKey, userKey } from '../../src/infra/conversationRepository';
import { Documents } from '../../src/infra/cosmos/documents';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox } from '../../src/infra/delivery/outbox';
import { ErasureRequests } from '../../src/infra/erasureRequests';
import { createLogger } from '../../src/infra/logger';
import type { Submission } from '../../src/domain/ngo';
import { NgoEventRepository } from '../../src/infra/ngoEventRepository';
import { NgoSubmissionRepository } from '../../src/infra/ngoSubmissionRepository';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { ExportRepository, OrderRepository } from '../../src/infra/orderRepository';
import { ProfileRepository } from '../../src/infra/profileRepository';
import { RegisterRepository } from '../../src/infra/registerRepository';
import { ReminderRepository } from '../../src/infra/reminderRepository';
import { StateStore, type StateDocument } from '../../src/infra/stateStore';
import type { Repositories } from '../../src/services/repositories';
import { RetentionService } from '../../src/services/retentionService';
import { subscribers } from '../support/broadcast';
import { demoRegister } from '../support/demoRegister';
import { diffWithValues } from '../support/legacyAudit';
import { ngoSubmission } from '../support/ngoSubmission';
import { expert } from '../unit/orders/fixtures';

const log = createLogger('silent');
const T0 = new Date('2027-01-04T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const months = (n: number, extraMs = 0) => {
  const at = new Date(T0);
  at.setUTCMonth(at.getUTCMonth() + n);
  return new Date(at.getTime() + extraMs);
};

/**
 * The retention job over every container, through @azure/cosmos against the embedded server (which
 * never expires TTL): the clock is moved past each lifetime and each test checks what is removed and
 * what is kept. Each test writes its own documents; a sweep may remove other tests' leftovers.
 */
describe('Retention job: every container has a lifetime the job enforces (moved clock)', () => {
  let store: CosmosStore;
  let repos: Repositories;
  let now = T0;
  let retention: RetentionService;

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'retention-it' }, log);
    await store.ensureSchema();
    const clock = () => now;
    repos = {
      state: new StateStore(new Documents<StateDocument>(store.container('botstate'), 'bot state'), clock),
      register: new RegisterRepository(store),
      profiles: new ProfileRepository(store),
      audit: new AuditRepository(store),
      conversations: new ConversationRepository(store),
      orders: new OrderRepository(store),
      exports: new ExportRepository(store),
      notices: new NoticeRepository(store),
      ngoSubmissions: new NgoSubmissionRepository(store),
      ngoEvents: new NgoEventRepository(store),
      outbox: new Outbox(store),
      boards: new BoardRepository(store),
      reminders: new ReminderRepository(store),
      erasures: new ErasureRequests(store),
    };
    retention = new RetentionService(() => repos, clock, log, DEFAULT_LIFETIMES);
  });
  afterAll(() => store.close());
  beforeEach(() => {
    now = T0;
  });

  it('ngoSubmissions: a declined one goes 90 days after its decision, an accepted activity 30 days after its last date, with the contact details in them', async () => {
    const submission = (
      id: string,
      state: Submission['state'],
      updatedAt: Date,
      lastDate: string,
    ): Submission =>
      ngoSubmission({ id, state, createdAt: T0.toISOString(), updatedAt: updatedAt.toISOString() }, lastDate);
    const declined = randomUUID();
    const accepted = randomUUID();
    const waiting = randomUUID();
    await repos.ngoSubmissions.create(submission(declined, 'declined', T0, '2027-01-10'));
    await repos.ngoSubmissions.create(submission(accepted, 'accepted', T0, '2027-01-10'));
    await repos.ngoSubmissions.create(submission(waiting, 'received', later(60 * DAY), '2027-04-10'));
    now = later(90 * DAY + 1);
    expect((await retention.sweep()).ngoSubmissions).toBeGreaterThanOrEqual(2);
    expect(await repos.ngoSubmissions.get(declined)).toBeUndefined();
    expect(await repos.ngoSubmissions.get(accepted)).toBeUndefined();
    expect(await repos.ngoSubmissions.get(waiting)).toMatchObject({
      form: { contactName: 'Maija Meikäläinen' },
    });
  });

  it('register: an abandoned import preview (the uploaded CSV) is deleted after 30 minutes, a fresh one is kept', async () => {
    const preview = (id: string, at: Date) =>
      repos.register.savePending({
        id,
        actor: 'coordinator',
        baseVersion: 0,
        at: at.toISOString(),
        files: [
          { name: 'kokemustoimijat.csv', base64: Buffer.from('KT-001;Lauri Toivonen').toString('base64') },
        ],
      });
    const old = randomUUID();
    const fresh = randomUUID();
    await preview(old, T0);
    await preview(fresh, later(20 * MIN));
    now = later(30 * MIN + 1);
    expect((await retention.sweep()).registerPreviews).toBeGreaterThanOrEqual(1);
    expect(await repos.register.readPending(old)).toBeUndefined();
    expect(await repos.register.readPending(fresh)).toMatchObject({ id: fresh });
  });

  it('register: an unconfirmed erasure preview is deleted after 30 minutes, a fresh one is kept', async () => {
    const old = randomUUID();
    const fresh = randomUUID();
    await repos.erasures.save({
      id: old,
      actor: 'c',
      expertId: 'KT-010',
      baseVersion: 1,
      at: T0.toISOString(),
    });
    await repos.erasures.save({
      id: fresh,
      actor: 'c',
      expertId: 'KT-010',
      baseVersion: 1,
      at: later(25 * MIN).toISOString(),
    });
    now = later(31 * MIN);
    await retention.sweep();
    expect(await repos.erasures.read(old)).toBeUndefined();
    expect(await repos.erasures.read(fresh)).toMatchObject({ expertId: 'KT-010' });
  });

  it('register: the replaced version is deleted 10 minutes after the new one landed, orphaned chunks at once; the current version stays', async () => {
    const register = demoRegister();
    const change = (at: Date, details: Record<string, unknown> = {}) => ({
      actor: 'c',
      at: at.toISOString(),
      action: 'register.import',
      details,
    });
    const base = await repos.register.currentVersion();
    await repos.register.save(base, register, [expert('KT-001', { name: 'Lauri Toivonen' })], change(T0));
    await repos.register.save(base + 1, register, [expert('KT-001', { name: 'Lauri Toivonen' })], change(T0));
    const orphan = `v${base + 1}-${randomUUID()}`;
    await store.container('register').items.create({
      id: `${orphan}-0`,
      pk: orphan,
      version: base + 1,
      index: 0,
      units: [],
      assignments: [],
      experts: [expert('KT-009')],
    });
    const chunkPartitions = async () =>
      new Set(
        (
          await store
            .container('register')
            .items.query<{ pk: string }>('SELECT c.pk FROM c WHERE IS_DEFINED(c.index)')
            .fetchAll()
        ).resources.map((r) => r.pk),
      );

    now = later(5 * MIN);
    await retention.sweep();
    expect((await chunkPartitions()).has(orphan)).toBe(false);
    expect(await chunkPartitions()).toHaveProperty('size', 2); // current + previous

    now = later(10 * MIN + 1);
    await retention.sweep();
    expect(await chunkPartitions()).toHaveProperty('size', 1);
    const current = await repos.register.load();
    expect(current).toMatchObject({ version: base + 2 });
    expect(current!.experts.map((e) => e.id)).toEqual(['KT-001']);
  });

  it("register: a version's change record written with old → new values (before the audit kept none) loses the values", async () => {
    const base = await repos.register.currentVersion();
    await repos.register.save(base, demoRegister(), [], {
      actor: 'c',
      at: T0.toISOString(),
      action: 'register.import',
      details: {
        version: base + 1,
        diff: diffWithValues(),
      },
    });
    await retention.sweep();
    const record = await repos.register.currentChange();
    expect(record!.change.details).toEqual({
      version: base + 1,
      diff: { added: [], changed: [{ kind: 'expert', ref: 'KT-002', columns: ['puhelin'] }], removed: [] },
    });
  });

  it('audit: entries older than AUDIT_RETENTION_MONTHS are deleted, younger ones kept; register entries holding values are scrubbed', async () => {
    const subject = `order:${randomUUID()}`;
    const old = await repos.audit.record(
      subject,
      'liaison',
      'order.review',
      { from: 'submitted', to: 'inReview' },
      T0,
    );
    const young = await repos.audit.record(
      subject,
      'liaison',
      'order.reject',
      { from: 'inReview', to: 'rejected' },
      months(30),
    );
    const withValues = randomUUID();
    await repos.audit.recordOnce({
      id: withValues,
      pk: 'register',
      at: months(30).toISOString(),
      actor: 'c',
      action: 'register.import',
      details: {
        diff: diffWithValues(),
      },
    });
    now = months(36, 1);
    const report = await retention.sweep();
    expect(report.auditDeleted).toBeGreaterThanOrEqual(1);
    expect((await repos.audit.list(subject)).map((e) => e.id)).toEqual([young.id]);
    expect(old.id).not.toBe(young.id);
    const scrubbed = (await repos.audit.list('register')).find((e) => e.id === withValues)!;
    expect(JSON.stringify(scrubbed.details)).not.toMatch(/555 3553|555 0000|Minna/);
    expect(scrubbed.details).toEqual({
      diff: { added: [], changed: [{ kind: 'expert', ref: 'KT-002', columns: ['puhelin'] }], removed: [] },
    });
  });

  it('orders: a CSV export is deleted once its link expired, whether or not anyone read it; a live one is kept', async () => {
    const expired = randomUUID();
    const live = randomUUID();
    await repos.exports.save(expired, 'tilaaja;Olli Orderer', later(60 * MIN).getTime());
    await repos.exports.save(live, 'tilaaja;Olli Orderer', later(3 * 60 * MIN).getTime());
    now = later(2 * 60 * MIN);
    expect((await retention.sweep()).exports).toBeGreaterThanOrEqual(1);
    const raw = await store
      .container('orders')
      .items.query('SELECT c.id FROM c WHERE IS_DEFINED(c.expiresAt)')
      .fetchAll();
    const ids = raw.resources.map((r) => r.id as string);
    expect(ids).not.toContain(`export-${expired}`);
    expect(ids).toContain(`export-${live}`);
    expect(await repos.exports.read(live, now.getTime())).toBe('tilaaja;Olli Orderer');
  });

  describe('notices and deliveries', () => {
    const notice = (overrides: Partial<Notice>): Notice => ({
      id: randomUUID(),
      state: 'sent',
      title: 'Vertaisryhmä omaishoitajille',
      text: 'Teksti',
      ngo: 'Omaishoitajat ry',
      topics: ['omaishoito'],
      audience: { kind: 'county', ids: [] },
      validUntil: '2027-01-31',
      sender: { aadObjectId: 'sender-aad', name: 'Liisa Lähettäjä' },
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      ...overrides,
    });
    const withDeliveries = async (n: Notice) => {
      await repos.notices.create(n);
      await repos.outbox.enqueue(n.id, subscribers(3, `${n.id}-`), 0);
      return n;
    };

    it('deliveries: 30 days after sending ended, who got the notice is deleted; the notice stays until it is 90 days past its validity', async () => {
      const sent = await withDeliveries(notice({ validUntil: '2027-03-31' }));
      const recent = await withDeliveries(
        notice({ validUntil: '2027-03-31', updatedAt: later(10 * DAY).toISOString() }),
      );
      now = later(30 * DAY + 1);
      await retention.sweep();
      expect(await repos.outbox.list(sent.id)).toEqual([]);
      expect(await repos.notices.get(sent.id)).toMatchObject({ id: sent.id });
      expect(await repos.outbox.list(recent.id)).toHaveLength(3);
    });

    it('notices: a notice 90 days past its last valid day is deleted with its deliveries; scheduled, sending and younger ones are kept', async () => {
      const expired = await withDeliveries(notice({ validUntil: '2027-01-31' }));
      const valid = await withDeliveries(notice({ validUntil: '2027-12-31' }));
      const scheduled = await withDeliveries(
        notice({ state: 'scheduled', sendAt: '2027-06-01T06:00:00.000Z', validUntil: '2027-01-31' }),
      );
      const sending = await withDeliveries(notice({ state: 'sending', validUntil: '2027-01-31' }));
      const cancelled = await withDeliveries(notice({ state: 'cancelled' }));
      now = new Date('2027-05-02T00:00:00Z'); // 90 days after 31.1. ended in Helsinki
      await retention.sweep();
      expect(await repos.notices.get(expired.id)).toBeUndefined();
      expect(await repos.outbox.list(expired.id)).toEqual([]);
      expect(await repos.notices.get(cancelled.id)).toBeUndefined();
      expect(await repos.notices.get(valid.id)).toMatchObject({ id: valid.id });
      expect(await repos.notices.get(scheduled.id)).toMatchObject({ state: 'scheduled' });
      expect(await repos.outbox.list(scheduled.id)).toHaveLength(3);
      expect(await repos.notices.get(sending.id)).toMatchObject({ state: 'sending' });
      expect(await repos.outbox.list(sending.id)).toHaveLength(3);
    });
  });

  describe('users: conversation references and profiles', () => {
    const reference = (id: string) => ({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id, conversationType: 'personal' },
      user: { id: `29:${id}`, name: 'Tuula Työntekijä' },
    });

    it('conversations: a reference not written for USER_INACTIVE_MONTHS is deleted, a recent one and notice boards are kept', async () => {
      const gone = randomUUID();
      const active = randomUUID();
      const channel = `19:${randomUUID()}@thread.tacv2`;
      await repos.conversations.save(userKey(gone), reference(gone), T0);
      await repos.conversations.save(conversationKey(channel), reference(channel), T0);
      await repos.conversations.save(userKey(active), reference(active), months(11));
      await repos.boards.register({ unitId: 'OU-TUI', conversationId: channel }, 'liaison', T0);
      now = months(12, 1);
      await retention.sweep();
      expect(await repos.conversations.get(userKey(gone))).toBeUndefined();
      expect(await repos.conversations.get(conversationKey(channel))).toBeUndefined();
      expect(await repos.conversations.get(userKey(active))).toMatchObject({ conversation: { id: active } });
      expect(await repos.boards.listFor(['OU-TUI'])).toContainEqual({
        unitId: 'OU-TUI',
        conversationId: channel,
      });
    });

    it('conversations: a user active every day keeps a fresh "last seen" although their reference never changes', async () => {
      const daily = randomUUID();
      for (let day = 0; day <= 400; day += 1) {
        now = later(day * DAY);
        await repos.conversations.save(userKey(daily), reference(daily), now);
      }
      expect(await repos.conversations.seenAt(userKey(daily))).toBe(later(400 * DAY).toISOString());
      await retention.sweep();
      expect(await repos.conversations.get(userKey(daily))).toBeDefined();
    });

    it('profiles: a user not seen for USER_INACTIVE_MONTHS loses own unit and subscriptions; one seen recently keeps them though the profile is old', async () => {
      const gone = randomUUID();
      const seen = randomUUID();
      const fresh = randomUUID();
      const subscription = { topics: ['omaishoito'], allTopics: false, ngoTeam: true };
      for (const id of [gone, seen]) {
        await repos.profiles.setUnit(id, 'OU-TUI', T0);
        await repos.profiles.setSubscription(id, subscription, T0);
      }
      await repos.conversations.save(userKey(seen), reference(seen), months(11));
      await repos.profiles.setUnit(fresh, 'OU-KAA', months(6));
      now = months(12, 1);
      await retention.sweep();
      expect(await repos.profiles.get(gone)).toBeUndefined();
      expect(await repos.profiles.get(seen)).toMatchObject({
        unitId: 'OU-TUI',
        topics: ['omaishoito'],
        ngoTeam: true,
      });
      expect(await repos.profiles.get(fresh)).toMatchObject({ unitId: 'OU-KAA' });
      expect((await repos.profiles.listSubscribers(['OU-TUI'])).map((p) => p.id)).not.toContain(gone);
    });
  });

  it('botstate: turn state not written for TURN_STATE_RETENTION_DAYS is deleted, recent state is kept', async () => {
    const oldKey = `msteams/conversations/${randomUUID()}`;
    const newKey = `msteams/conversations/${randomUUID()}`;
    await repos.state.write({ [oldKey]: { step: 'kysymys', user: 'Tuula' } });
    now = later(20 * DAY);
    await repos.state.write({ [newKey]: { step: 'kysymys', user: 'Teemu' } });
    now = later(30 * DAY + 1);
    expect((await retention.sweep()).turnState).toBeGreaterThanOrEqual(1);
    const read = await repos.state.read([oldKey, newKey]);
    expect(Object.keys(read)).toEqual([newKey]);
  });

  it('leases: a reminder the coordinator added and removed is deleted; a removed seed stays as a marker; reminders in use stay', async () => {
    const base = { cron: '0 9 * * 1', audience: 'allLiaisons' as const, nextRunAt: T0.toISOString() };
    const removedCustom = `custom-${randomUUID()}`;
    const activeCustom = `custom-${randomUUID()}`;
    const seed = `seed-${randomUUID()}`;
    await repos.reminders.create({
      ...base,
      id: removedCustom,
      title: 'Verkostotapaaminen',
      text: 'Muista',
      paused: true,
      removed: true,
    });
    await repos.reminders.create({
      ...base,
      id: activeCustom,
      title: 'Kuukausikirje',
      text: 'Muista',
      paused: false,
    });
    await repos.reminders.create({ ...base, id: seed, key: 'network', paused: true, removed: true });
    await retention.sweep();
    expect(await repos.reminders.get(removedCustom)).toBeUndefined();
    expect(await repos.reminders.get(activeCustom)).toMatchObject({ title: 'Kuukausikirje' });
    expect(await repos.reminders.get(seed)).toMatchObject({ removed: true });
  });

  it('A second sweep right after the first finds nothing more to do', async () => {
    await retention.sweep();
    const again = await retention.sweep();
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });

  it('The scheduled entry point sweeps at most once an hour per instance', async () => {
    const service = new RetentionService(
      () => repos,
      () => now,
      log,
      DEFAULT_LIFETIMES,
    );
    expect(await service.run()).toBeDefined();
    now = later(59 * MIN);
    expect(await service.run()).toBeUndefined();
    now = later(60 * MIN);
    expect(await service.run()).toBeDefined();
  });
});
