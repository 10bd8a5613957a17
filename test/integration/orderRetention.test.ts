import { type Actor } from '../../src/domain/orders';
import { AuditRepository } from '../../src/infra/auditRepository';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { createLogger } from '../../src/infra/logger';
import { OrderRepository } from '../../src/infra/orderRepository';
import { RegisterRepository } from '../../src/infra/registerRepository';
import { DirectoryService } from '../../src/services/directoryService';
import { OrderService } from '../../src/services/orderService';
import type { Repositories } from '../../src/services/repositories';
import { LIAISON, ORDERER, order } from '../support/orders';

const ORDER_ID = '33333333-0000-4000-8000-000000000001';
const KEPT_ID = '33333333-0000-4000-8000-000000000002';

describe('Retention purge of an order and its audit trail, through @azure/cosmos against the embedded server', () => {
  let store: CosmosStore;
  let now = new Date('2026-11-23T09:00:00Z');
  let service: OrderService;
  let audit: AuditRepository;
  let orders: OrderRepository;

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'order-retention-it' }, createLogger('silent'));
    await store.ensureSchema();
    audit = new AuditRepository(store);
    orders = new OrderRepository(store);
    const register = new RegisterRepository(store);
    const repos = () => ({ orders, audit, register }) as unknown as Repositories;
    const log = createLogger('silent');
    const clock = () => now;
    service = new OrderService(repos, new DirectoryService(() => register, clock, log), clock, log, 24);
  });
  afterAll(() => store.close());

  /** An order taken through review, a question and a rejection by the service, so the audit is real. */
  async function rejectedOrder(id: string): Promise<void> {
    await orders.create(order({ id, createdAt: now.toISOString(), updatedAt: now.toISOString() }));
    await audit.record(`order:${id}`, ORDERER.aadObjectId!, 'order.create', { unitId: 'OU-TUI' }, now);
    const steps = [
      { kind: 'review' },
      { kind: 'requestInfo', question: 'Kuka Ollin tiimistä on yhteyshenkilö?' },
      { kind: 'reject', reason: 'Olli Ordererin tilaus on päällekkäinen' },
    ] as const;
    for (const step of steps) expect((await service.act(id, step, LIAISON as Actor)).kind).toBe('done');
  }

  it('When the retention period has passed, then the audit entries of the order keep only from → to and time', async () => {
    await rejectedOrder(ORDER_ID);
    now = new Date('2027-06-01T09:00:00Z');
    await rejectedOrder(KEPT_ID); // rejected later: not due yet
    const before = await audit.list(`order:${ORDER_ID}`);
    expect(before).toHaveLength(4);
    expect(JSON.stringify(before)).toContain(LIAISON.aadObjectId!);

    now = new Date('2028-12-01T09:00:00Z'); // 24 months after the first rejection, not after the second
    expect((await service.tick()).purged).toBe(1);

    const after = await audit.list(`order:${ORDER_ID}`);
    const text = JSON.stringify(after);
    for (const personal of [
      LIAISON.aadObjectId!,
      ORDERER.aadObjectId!,
      'Ollin tiimistä',
      'Olli Ordererin',
      'OU-TUI',
    ])
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
    expect(after.map(({ at, action, actor, details }) => ({ at, action, actor, details }))).toEqual([
      { at: '2026-11-23T09:00:00.000Z', action: 'order.create', actor: '–', details: {} },
      {
        at: '2026-11-23T09:00:00.000Z',
        action: 'order.review',
        actor: '–',
        details: { from: 'submitted', to: 'inReview' },
      },
      {
        at: '2026-11-23T09:00:00.000Z',
        action: 'order.requestInfo',
        actor: '–',
        details: { from: 'inReview', to: 'moreInfoRequested' },
      },
      {
        at: '2026-11-23T09:00:00.000Z',
        action: 'order.reject',
        actor: '–',
        details: { from: 'moreInfoRequested', to: 'rejected' },
      },
    ]);
    expect((await orders.get(ORDER_ID))!.purgedAt).toBe(now.toISOString());

    // The other order's trail is untouched; a second run changes nothing.
    expect(JSON.stringify(await audit.list(`order:${KEPT_ID}`))).toContain('Olli Ordererin');
    expect((await service.tick()).purged).toBe(0);
    expect(await audit.list(`order:${ORDER_ID}`)).toEqual(after);
  });
});
