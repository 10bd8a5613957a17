import { purgePersonalData } from '../../src/domain/orders';
import { StaleWriteError } from '../../src/infra/cosmos/errors';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { createLogger } from '../../src/infra/logger';
import { ExportRepository, OrderRepository } from '../../src/infra/orderRepository';
import { LIAISON, ORDERER, order } from '../support/orders';

describe('Order repository through @azure/cosmos against the embedded Cosmos-protocol server', () => {
  let store: CosmosStore;
  let orders: OrderRepository;
  beforeAll(async () => {
    store = await openCosmosStore({ database: 'orders-it' }, createLogger('silent'));
    await store.ensureSchema();
    orders = new OrderRepository(store);
  });
  afterAll(() => store.close());

  it('When an order is created and read back, then it is the same order with an ETag', async () => {
    const created = await orders.create(order({ id: '11111111-0000-4000-8000-000000000001' }));
    const read = await orders.get(created.id);
    expect(read).toMatchObject({ id: created.id, state: 'submitted', details: { unitId: 'OU-TUI' } });
    expect(read!._etag).toBeTruthy();
    expect(await orders.get('11111111-0000-4000-8000-00000000ffff')).toBeUndefined();
  });

  it('When two saves race from the same ETag, then exactly one wins and the other gets StaleWriteError', async () => {
    const read = (await orders.get('11111111-0000-4000-8000-000000000001'))!;
    const results = await Promise.allSettled([
      orders.save({ ...read, state: 'inReview' }, read._etag),
      orders.save({ ...read, state: 'rejected' }, read._etag),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(StaleWriteError);
  });

  it('When listing, then open orders are found by liaison or orderer, by year, and ended confirmed ones by time', async () => {
    await orders.create(
      order({
        id: '11111111-0000-4000-8000-000000000002',
        state: 'confirmed',
        createdAt: '2025-05-05T10:00:00Z',
      }),
    );
    expect((await orders.listOpenFor(LIAISON.aadObjectId!.toUpperCase())).map((o) => o.id)).toContain(
      '11111111-0000-4000-8000-000000000002',
    );
    expect((await orders.listOpenFor(ORDERER.aadObjectId!)).length).toBeGreaterThanOrEqual(1);
    expect((await orders.listOpenFor('99999999-0000-4000-8000-000000000000')).length).toBe(0);
    expect((await orders.listByYear(2025)).map((o) => o.id)).toEqual([
      '11111111-0000-4000-8000-000000000002',
    ]);
    expect(await orders.listEndedConfirmed(Date.parse('2026-12-10T08:00:00Z'))).toEqual([]);
    expect((await orders.listEndedConfirmed(Date.parse('2026-12-10T10:00:00Z'))).map((o) => o.id)).toEqual([
      '11111111-0000-4000-8000-000000000002',
    ]);
  });

  it('When a finished order is past retention, then it is listed for purging until it has been purged', async () => {
    const old = await orders.create(
      order({
        id: '11111111-0000-4000-8000-000000000003',
        state: 'closed',
        updatedAt: '2024-01-01T00:00:00Z',
      }),
    );
    const due = await orders.listFinishedBefore(Date.parse('2026-02-01T00:00:00Z'));
    expect(due.map((o) => o.id)).toContain(old.id);
    await orders.save(purgePersonalData(old, new Date('2026-02-01T00:00:00Z')), old._etag);
    expect(
      (await orders.listFinishedBefore(Date.parse('2026-02-01T00:00:00Z'))).map((o) => o.id),
    ).not.toContain(old.id);
    expect(JSON.stringify(await orders.get(old.id))).not.toContain('Olli Orderer');
  });

  it('When an export link is used after it expired, then there is nothing to download', async () => {
    const exportsRepo = new ExportRepository(store);
    await exportsRepo.save('22222222-0000-4000-8000-000000000001', 'a;b\r\n', 1_000);
    expect(await exportsRepo.read('22222222-0000-4000-8000-000000000001', 999)).toBe('a;b\r\n');
    expect(await exportsRepo.read('22222222-0000-4000-8000-000000000001', 1_000)).toBeUndefined();
  });
});
