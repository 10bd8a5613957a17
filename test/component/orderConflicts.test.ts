import type { Order } from '../../src/domain/orders';
import { MAX_BOOKKEEPING_RETRIES } from '../../src/services/orderService';
import { cardAction, message, post, type User } from '../support/activities';
import { ORDER_FORM, PEOPLE, button, type Card } from '../support/orderCards';
import { startSilta, type TestSilta } from '../support/silta';

/**
 * Silta's own bookkeeping writes (where a card was posted) change an order's ETag. A user's action that
 * meets one of them is taken again; a real change by someone else is still a conflict. The writes are
 * made to land between the action's read and its save by a hook on the repository's save.
 */
const { orderer, liaison, coordinator } = PEOPLE;
describe('Order actions that meet a concurrent write, over HTTP', () => {
  let silta: TestSilta;
  let orderId = '';
  /** Runs `before` once ahead of the next save of a workflow step (not of a bookkeeping write). */
  let before: (() => Promise<void>) | undefined;
  let stepSaves = 0;

  beforeAll(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    for (const u of [orderer, liaison, coordinator])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    const orders = silta.services.repos().orders;
    const save = orders.save.bind(orders);
    jest.spyOn(orders, 'save').mockImplementation(async (order: Order, etag: string) => {
      const stored = await orders.get(order.id);
      const isStep = stored !== undefined && order.history.length > stored.history.length;
      if (isStep) {
        stepSaves += 1;
        const hook = before;
        before = undefined;
        await hook?.();
      }
      return save(order, etag);
    });
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    orderId = '';
    stepSaves = 0;
    before = undefined;
  });

  async function act(from: User, verb: string, data: Record<string, unknown>): Promise<string> {
    const res = await post(silta.url, {
      ...cardAction(verb, data, { serviceUrl: silta.connector.url, from }),
      replyToId: 'card-message-1',
    });
    expect(res.status).toBe(200);
    return JSON.stringify((res.body as { value: Card }).value);
  }
  const stored = async () => (await silta.services.orders.get(orderId))!;
  /** Each test's own order, taken to `steps` (review, requestInfo) with no hook; the counts start after. */
  async function given(...steps: Array<'review' | 'requestInfo'>): Promise<void> {
    const card = JSON.parse(await act(orderer, 'order.submit', ORDER_FORM)) as Card;
    orderId = String(button(card, 'cancel')!.data!.orderId);
    for (const step of steps)
      await act(liaison, 'order.act', { orderId, action: step, question: 'Montako osallistujaa?' });
    stepSaves = 0;
  }
  const storeALocation = (n: number) => () =>
    silta.services.orders.addMessage(orderId, { key: `conv:elsewhere-${n}`, activityId: `message-${n}` });

  it('When Silta stores where a card was posted just as the liaison acts, then the action goes through and both writes are kept', async () => {
    const card = JSON.parse(await act(orderer, 'order.submit', ORDER_FORM)) as Card;
    orderId = String(button(card, 'cancel')!.data!.orderId);
    before = storeALocation(1);
    const answer = await act(liaison, 'order.act', { orderId, action: 'review' });
    expect(answer).not.toContain('Joku ehti käsitellä');
    expect(answer).toContain('Tila: Käsittelyssä');
    const order = await stored();
    expect(order.state).toBe('inReview');
    expect(order.history.map((h) => h.action)).toEqual(['review']);
    expect(order.messages!.map((m) => m.activityId)).toContain('message-1');
    expect(stepSaves).toBe(2);
  });

  it('When someone else took a step meanwhile, then the action is refused as a conflict that names them', async () => {
    await given('review');
    before = async () => {
      const actor = silta.services.orders.actorFor(coordinator.aadObjectId, coordinator.name);
      const result = await silta.services.orders.act(
        orderId,
        { kind: 'requestInfo', question: 'Montako osallistujaa?' },
        actor,
      );
      expect(result.kind).toBe('done');
    };
    const answer = await act(liaison, 'order.act', { orderId, action: 'reject', reason: 'Päällekkäinen' });
    expect(answer).toContain('Joku ehti käsitellä tilausta samaan aikaan: Aino Ahola');
    const order = await stored();
    expect(order.state).toBe('moreInfoRequested');
    expect(order.history.map((h) => h.action)).toEqual(['review', 'requestInfo']);
  });

  it('When bookkeeping writes keep landing first, then the action is tried a bounded number of times and answered as a conflict', async () => {
    await given('review', 'requestInfo');
    let n = 10;
    const again = async () => {
      await storeALocation((n += 1))();
      before = again;
    };
    before = again;
    const answer = await act(orderer, 'order.act', { orderId, action: 'resubmit', answer: '25 henkeä' });
    before = undefined;
    expect(answer).toContain('Joku ehti käsitellä tilausta samaan aikaan');
    expect(stepSaves).toBe(1 + MAX_BOOKKEEPING_RETRIES);
    expect((await stored()).state).toBe('moreInfoRequested');
  });
});
