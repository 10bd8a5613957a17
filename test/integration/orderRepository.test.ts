import { purgePersonalData, transition, type Order } from '../../src/domain/orders';
import { DuplicateError, StaleWriteError } from '../../src/infra/cosmos/errors';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { createLogger } from '../../src/infra/logger';
import { ExportRepository, OrderRepository } from '../../src/infra/orderRepository';
import { COORDINATOR, LIAISON, ORDERER, order } from '../support/orders';

let seq = 0;
/** A fresh order id per test, so tests do not see each other's orders by accident. */
const id = () => `11111111-0000-4000-8000-${String((seq += 1)).padStart(12, '0')}`;
const OTHER_LIAISON = 'abababab-0000-4000-8000-0000000000ab';

describe('Order repository through @azure/cosmos against the embedded Cosmos-protocol server', () => {
  let store: CosmosStore;
  let orders: OrderRepository;
  beforeAll(async () => {
    store = await openCosmosStore({ database: 'orders-it' }, createLogger('silent'));
    await store.ensureSchema();
    orders = new OrderRepository(store);
  });
  afterAll(() => store.close());

  it('When an order is created and read back, then it is the same order with an ETag and no storage-only fields', async () => {
    const original = order({ id: id() });
    const created = await orders.create(original);
    const read = await orders.get(created.id);
    expect(read).toMatchObject(original);
    expect(read!._etag).toBeTruthy();
    for (const field of ['pk', 'year', 'open', 'finished', 'liaisonIds', 'partyIds', 'retentionEpoch'])
      expect(read).not.toHaveProperty(field);
    expect(await orders.get('11111111-0000-4000-8000-00000000ffff')).toBeUndefined();
  });

  it('When the same order id is created twice, then the second is a DuplicateError', async () => {
    const o = order({ id: id() });
    await orders.create(o);
    await expect(orders.create(o)).rejects.toBeInstanceOf(DuplicateError);
  });

  it('When a transition is saved with the ETag it was read with, then it is stored and the ETag changes', async () => {
    const created = await orders.create(order({ id: id() }));
    const result = transition(created, { kind: 'review' }, LIAISON, '2026-11-23T09:00:00.000Z');
    if (result.kind !== 'ok') throw new Error(result.code);
    const saved = await orders.save(result.order, created._etag);
    expect(saved._etag).not.toBe(created._etag);
    expect((await orders.get(created.id))!).toMatchObject({
      state: 'inReview',
      history: [{ action: 'review' }],
    });
    await expect(orders.save({ ...result.order, state: 'rejected' }, created._etag)).rejects.toBeInstanceOf(
      StaleWriteError,
    );
  });

  it('When two saves race from the same ETag, then exactly one wins and the other gets StaleWriteError', async () => {
    const read = await orders.create(order({ id: id() }));
    const results = await Promise.allSettled([
      orders.save({ ...read, state: 'inReview' }, read._etag),
      orders.save({ ...read, state: 'rejected' }, read._etag),
    ]);
    const won = results.filter(
      (r): r is PromiseFulfilledResult<Order & { _etag: string }> => r.status === 'fulfilled',
    );
    expect(won).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(StaleWriteError);
    expect(failed.reason.code).toBe('STORAGE_STALE_ETAG');
    expect((await orders.get(read.id))!.state).toBe(won[0]!.value.state);
  });

  it('When an order that does not exist is saved, then it is a StaleWriteError (it was removed meanwhile)', async () => {
    await expect(orders.save(order({ id: id() }), '"0"')).rejects.toBeInstanceOf(StaleWriteError);
  });

  it("When listing by year, then the event's date counts, not the day the order was made", async () => {
    const at = (date: string, createdAt: string) =>
      order({
        id: id(),
        createdAt,
        details: { ...order().details, date, startsAt: `${date}T08:00:00.000Z` },
      });
    // Made in 2023 for an event on New Year's Day 2024, and made in 2024 for the last day of 2023.
    const newYear = await orders.create(at('2024-01-01', '2023-12-20T10:00:00Z'));
    const late = await orders.create(at('2023-12-31', '2024-01-02T10:00:00Z'));
    expect((await orders.listByYear(2024)).map((o) => o.id)).toEqual([newYear.id]);
    expect((await orders.listByYear(2023)).map((o) => o.id)).toEqual([late.id]);
  });

  it('When a liaison lists their open orders, then they get the open ones assigned to them, any letter case, nothing else', async () => {
    const mine = await orders.create(order({ id: id(), state: 'offered' }));
    await orders.create(order({ id: id(), state: 'closed' }));
    const someoneElses = await orders.create(
      order({ id: id(), liaisons: [{ name: 'Toinen', aadObjectId: OTHER_LIAISON }] }),
    );
    const listed = (await orders.listOpenForLiaison(LIAISON.aadObjectId!.toUpperCase())).map((o) => o.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(someoneElses.id);
    const all = await Promise.all(listed.map((x) => orders.get(x)));
    expect(
      all.every((o) => !['closed', 'cancelled', 'rejected', 'held', 'feedbackReceived'].includes(o!.state)),
    ).toBe(true);
    expect((await orders.listOpenForLiaison(OTHER_LIAISON)).map((o) => o.id)).toEqual([someoneElses.id]);
    expect(await orders.listOpenForLiaison(ORDERER.aadObjectId!)).toEqual([]);
    expect(await orders.listOpenForLiaison(COORDINATOR.aadObjectId!)).toEqual([]);
  });

  it('When listing open orders for a person, then the ordering side sees theirs too', async () => {
    const o = await orders.create(order({ id: id() }));
    expect((await orders.listOpenFor(ORDERER.aadObjectId!)).map((x) => x.id)).toContain(o.id);
    expect((await orders.listOpenFor('99999999-0000-4000-8000-000000000000')).length).toBe(0);
  });

  it('When confirmed events have ended, then the scheduler finds them by time', async () => {
    const o = await orders.create(order({ id: id(), state: 'confirmed', createdAt: '2022-05-05T10:00:00Z' }));
    // the fixture's event is 2026-12-10 08:00–09:30 UTC
    expect(
      (await orders.listEndedConfirmed(Date.parse('2026-12-10T09:29:59Z'))).map((x) => x.id),
    ).not.toContain(o.id);
    expect((await orders.listEndedConfirmed(Date.parse('2026-12-10T09:30:00Z'))).map((x) => x.id)).toContain(
      o.id,
    );
  });

  it('When orders are past retention, then they are listed for purging until they have been purged', async () => {
    const cutoff = Date.parse('2026-02-01T00:00:00Z'); // now minus 24 months for now = 2028-02-01
    const now = new Date('2028-02-01T00:00:00Z');
    const oldClosed = await orders.create(
      order({
        id: id(),
        state: 'closed',
        updatedAt: '2026-01-01T00:00:00Z',
        closedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const recentlyClosed = await orders.create(
      order({
        id: id(),
        state: 'cancelled',
        updatedAt: '2026-03-01T00:00:00Z',
        closedAt: '2026-03-01T00:00:00Z',
      }),
    );
    const forgotten = await orders.create(
      order({
        id: id(),
        state: 'held',
        updatedAt: '2025-06-01T00:00:00Z',
        details: { ...order().details, startsAt: '2025-05-01T08:00:00.000Z' },
      }),
    );
    const open = await orders.create(order({ id: id(), updatedAt: '2026-01-10T00:00:00Z' })); // event 2026-12-10

    const due = (await orders.listDueForPurge(cutoff)).map((o) => o.id);
    expect(due).toEqual(expect.arrayContaining([oldClosed.id, forgotten.id]));
    expect(due).not.toContain(recentlyClosed.id);
    expect(due).not.toContain(open.id);

    await orders.save(purgePersonalData(oldClosed, now), oldClosed._etag);
    expect((await orders.listDueForPurge(cutoff)).map((o) => o.id)).not.toContain(oldClosed.id);
    expect(JSON.stringify(await orders.get(oldClosed.id))).not.toContain('Olli Orderer');
  });

  it('When an export link is used after it expired, then there is nothing to download', async () => {
    const exportsRepo = new ExportRepository(store);
    await exportsRepo.save('22222222-0000-4000-8000-000000000001', 'a;b\r\n', 1_000);
    expect(await exportsRepo.read('22222222-0000-4000-8000-000000000001', 999)).toBe('a;b\r\n');
    expect(await exportsRepo.read('22222222-0000-4000-8000-000000000001', 1_000)).toBeUndefined();
  });
});
