import { cardAction, message, post, user, type User } from '../support/activities';
import { ORDER_FORM, PEOPLE, button, liveOrderCards, type Card } from '../support/orderCards';
import { startSilta, type TestSilta } from '../support/silta';

const { orderer, liaison, other } = PEOPLE;
/** The contact person the orderer picks in Teams' people picker: not the orderer. */
const contact = user('Kaisa Kontakti', '0a0a0a0a-1111-4111-8111-00000000000c');
const clock = () => new Date('2026-11-22T10:00:00Z');

describe('The contact person named on an order (picked as a Teams user)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    for (const u of [orderer, liaison, other, contact])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    await silta.connector.waitForCount(4);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function act(from: User, data: Record<string, unknown>, verb = 'order.act') {
    const res = await post(silta.url, {
      ...cardAction(verb, data, { serviceUrl: silta.connector.url, from }),
      replyToId: 'card-message-1',
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }
  const sentTo = (u: User) =>
    silta.connector.sent.filter((s) => s.conversationId === `a:personal-${u.aadObjectId}`);

  it('When the team is to choose, then the contact is alerted too and may choose and cancel; others still may not', async () => {
    const submitted = await act(
      orderer,
      { ...ORDER_FORM, contactName: 'Kaisa Kontakti', contactPerson: contact.aadObjectId },
      'order.submit',
    );
    const orderId = String(button(submitted, 'cancel')!.data!.orderId);
    expect((await silta.services.orders.get(orderId))!.details.contact.aadObjectId).toBe(contact.aadObjectId);

    const review = await act(liaison, { orderId, action: 'review' });
    const experts = JSON.stringify(review)
      .match(/"value":"(KT-\d+)"/g)!
      .map((m) => m.slice(9, -1));
    await act(liaison, { ...button(review, 'propose')!.data, expertIds: experts.slice(0, 2).join(',') });
    // The contact got the order's card when they were named; it now offers the choice, and the alert is a line.
    await waitFor(() => sentTo(contact).find((s) => String(s.activity.text ?? '').includes('ehdok')));
    const live = liveOrderCards(silta.connector.sent, `a:personal-${contact.aadObjectId}`, orderId);
    expect(live).toHaveLength(1);
    const choose = button(live[0]!, 'choose')!;
    expect(choose).toBeDefined();

    const before = await silta.services.orders.get(orderId);
    expect(JSON.stringify(await act(other, choose.data!))).toContain('Et voi tehdä tätä tässä tilauksessa');
    expect((await silta.services.orders.get(orderId))!._etag).toBe(before!._etag);

    expect(JSON.stringify(await act(contact, choose.data!))).toContain('Tila: Tarjottu kokemustoimijalle');
    const cancel = await act(contact, { orderId, action: 'cancel', confirmedIn: 'offered' });
    expect(JSON.stringify(cancel)).toContain('Tila: Peruttu');
    expect((await silta.services.orders.get(orderId))!.history.at(-1)!.by.name).toBe('Kaisa Kontakti');
  });

  it.each([
    [
      'fi-FI',
      'Olli Tilaaja nimesi sinut yhteyshenkilöksi kokemustoimijatilaukseen (Tuiran hyvinvointikeskus, 10.12.2026).',
      'Tila: Lähetetty',
    ],
    [
      'sv-FI',
      'Olli Tilaaja har angett dig som kontaktperson för en beställning av erfarenhetsexpert',
      'Status: Skickad',
    ],
    [
      'en-US',
      'Olli Tilaaja named you as the contact person for an experience expert order',
      'Status: Submitted',
    ],
  ])(
    'When the order is submitted, then the contact person (%s) is told in their language that they were named, with the order card',
    async (locale, told, state) => {
      const named = user(`Kontakti ${locale}`);
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: named, locale }));
      await silta.connector.waitForCount(1);
      silta.connector.clear();
      const submitted = await act(
        orderer,
        { ...ORDER_FORM, contactName: named.name, contactPerson: named.aadObjectId },
        'order.submit',
      );
      const orderId = String(button(submitted, 'cancel')!.data!.orderId);
      const [alert, ...more] = sentTo(named);
      expect(more).toEqual([]);
      expect(String(alert!.activity.summary)).toContain(told);
      expect(alert!.activity.channelData).toMatchObject({ notification: { alert: true } });
      const card = alert!.activity.attachments![0]!.content as Card;
      expect(JSON.stringify(card)).toContain(told);
      expect(JSON.stringify(card)).toContain(state);
      expect(button(card, 'cancel')!.data!.orderId).toBe(orderId);
      // The card is kept current like the orderer's: its place is stored with the order.
      const messages = (await silta.services.orders.get(orderId))!.messages ?? [];
      expect(messages).toContainEqual(expect.objectContaining({ viewer: named.aadObjectId }));
    },
  );

  it('When the contact is the orderer or not a Teams user, then nobody else is told they were named', async () => {
    await act(orderer, { ...ORDER_FORM, contactPerson: orderer.aadObjectId }, 'order.submit');
    await act(orderer, { ...ORDER_FORM, contactName: 'Ulkopuolinen Yhteyshenkilö' }, 'order.submit');
    const named = silta.connector.sent.filter((s) => JSON.stringify(s.activity).includes('nimesi sinut'));
    expect(named).toEqual([]);
  });

  it('When the picked contact is not an Entra id (a forged form), then the form says so and nothing is stored', async () => {
    const before = (await silta.services.repos().orders.listByYear(2026)).length;
    const card = await act(orderer, { ...ORDER_FORM, contactPerson: 'kaisa@pohde.example' }, 'order.submit');
    expect(JSON.stringify(card)).toContain('Yhteyshenkilö Teamsissa');
    expect((await silta.services.repos().orders.listByYear(2026)).length).toBe(before);
  });
});

async function waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
