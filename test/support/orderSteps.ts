import { cardAction, message, post, type User } from './activities';
import { ORDER_FORM, PEOPLE, button, type Card } from './orderCards';
import type { TestSilta } from './silta';

const { orderer, liaison, coordinator, other } = PEOPLE;

/**
 * The steps of an order over HTTP, for tests that need an order in some state: each test makes its
 * own order with these (nothing passes from one test to the next).
 */
export function orderSteps(silta: TestSilta, setNow: (at: Date) => void) {
  async function act(from: User, verb: string, data: Record<string, unknown>, replyToId = 'card-message-1') {
    const res = await post(silta.url, {
      ...cardAction(verb, data, { serviceUrl: silta.connector.url, from }),
      replyToId,
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }

  /** Everyone has talked to Silta once, so it can reach them proactively. */
  async function greetEveryone(): Promise<void> {
    for (const u of [orderer, liaison, coordinator, other])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    await silta.connector.waitForCount(4);
    silta.connector.clear();
  }

  /** A submitted order (the orderer's answer card and its id). */
  async function submitted(
    form: Record<string, unknown> = ORDER_FORM,
  ): Promise<{ orderId: string; card: Card }> {
    const card = await act(orderer, 'order.submit', form);
    const orderId = String(button(card, 'cancel')?.data?.orderId ?? '');
    expect(orderId).toMatch(/^[0-9a-f-]{36}$/);
    return { orderId, card };
  }

  async function inReview(): Promise<string> {
    const { orderId } = await submitted();
    await act(liaison, 'order.act', { orderId, action: 'review' });
    return orderId;
  }

  /** Two of the register's suggestions proposed. */
  async function candidatesProposed(): Promise<string> {
    const orderId = await inReview();
    const view = await act(liaison, 'order.act', { orderId, action: 'review' });
    const choices = JSON.stringify(view)
      .match(/"value":"(KT-\d+)"/g)!
      .map((m) => m.slice(9, -1));
    await act(liaison, 'order.act', { orderId, action: 'propose', expertIds: choices.slice(0, 2).join(',') });
    return orderId;
  }

  /** The team chose the first candidate, who declined; the second accepted. */
  async function confirmed(): Promise<string> {
    const orderId = await candidatesProposed();
    const [first] = (await silta.services.orders.get(orderId))!.candidates;
    await act(orderer, 'order.act', { orderId, action: 'choose', expertId: first });
    await act(liaison, 'order.act', { orderId, action: 'answer', accepted: 'false', expertId: first });
    await act(liaison, 'order.act', { orderId, action: 'answer', accepted: 'true' });
    expect((await silta.services.orders.get(orderId))!.state).toBe('confirmed');
    return orderId;
  }

  /** Held after the event (10.12.2026), both sides' feedback given, closed by the liaison. */
  async function closed(): Promise<string> {
    const orderId = await confirmed();
    setNow(new Date('2026-12-10T12:00:00Z'));
    await silta.server.runJobs();
    await act(orderer, 'order.act', {
      orderId,
      action: 'feedback',
      role: 'orderer',
      rating_usefulness: '5',
      rating_content: '4',
      text: 'Erinomainen puheenvuoro',
    });
    await act(liaison, 'order.act', {
      orderId,
      action: 'feedback',
      role: 'expert',
      rating_usefulness: '5',
      rating_arrangements: '4',
    });
    await act(liaison, 'order.act', { orderId, action: 'close' });
    expect((await silta.services.orders.get(orderId))!.state).toBe('closed');
    return orderId;
  }

  return { act, greetEveryone, submitted, inReview, candidatesProposed, confirmed, closed };
}
