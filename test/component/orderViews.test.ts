import { cardAction, message, post, type User } from '../support/activities';
import { ORDER_FORM, PEOPLE, allActions, button, type Card } from '../support/orderCards';
import { startSilta, type TestSilta } from '../support/silta';

/**
 * User-specific views (Adaptive Card `refresh`) over HTTP: an order sent from a group chat, where the
 * orderer, the Tuira liaison and an unrelated staff member see the same message.
 */
const { orderer, liaison, other } = PEOPLE;
const GROUP = '19:tuiran-tiimi@thread.v2';
const SHARED_MESSAGE = 'form-in-group-chat';
type Data = Record<string, unknown>;

describe('User-specific views of an order in a group chat, over HTTP', () => {
  let silta: TestSilta;
  let orderId = '';
  /** The card Silta first sent to the liaison (state "submitted"): a stale card once the order moves on. */
  let firstLiaisonCard: Card;
  let expertNames: string[] = [];

  beforeAll(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    for (const u of [orderer, liaison, other])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    await silta.connector.waitForCount(3);
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    orderId = '';
    expertNames = [];
    silta.connector.clear();
  });

  /** A card action (a click, or the client's automatic refresh) and the card answered to that user. */
  async function invoke(
    from: User,
    data: Data,
    where: { conversationId: string; conversationType: string; replyToId: string },
    trigger: 'manual' | 'automatic' = 'manual',
  ): Promise<Card> {
    const activity = cardAction(String(data.verb), data, {
      serviceUrl: silta.connector.url,
      from,
      conversationId: where.conversationId,
      conversationType: where.conversationType,
    });
    const res = await post(silta.url, {
      ...activity,
      value: { ...activity.value, trigger },
      replyToId: where.replyToId,
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }
  const inGroup = { conversationId: GROUP, conversationType: 'groupChat', replyToId: SHARED_MESSAGE };
  const inLiaisonsChat = (replyToId: string) => ({
    conversationId: `a:personal-${liaison.aadObjectId}`,
    conversationType: 'personal',
    replyToId,
  });
  const sharedMessageUpdates = () =>
    silta.connector.sent
      .filter(
        (s) => s.method === 'PUT' && s.conversationId === GROUP && s.path.endsWith(`/${SHARED_MESSAGE}`),
      )
      .map((s) => s.activity.attachments![0]!.content as Card);
  const names = (card: Card) => expertNames.filter((name) => JSON.stringify(card).includes(name));
  const expectStatusOnly = (card: Card, state: string) => {
    expect(JSON.stringify(card)).toContain(`Tila: ${state}`);
    expect(card.actions).toBeUndefined();
    expect(JSON.stringify(card.body)).not.toContain('Action.');
    expect(JSON.stringify(card)).not.toContain('Noora Eskola'); // no liaison names either
    expect(names(card)).toEqual([]);
  };
  const refreshOf = (card: Card): Data => ({ verb: card.refresh!.action.verb, ...card.refresh!.action.data });

  /** Each test's own order, sent from the group chat: its id and the card the liaison first got. */
  async function sentFromGroup(): Promise<void> {
    const mine = await invoke(orderer, { verb: 'order.submit', ...ORDER_FORM }, inGroup);
    orderId = String(button(mine, 'cancel')?.data?.orderId ?? '');
    const toLiaison = silta.connector.sent.find(
      (s) => s.method === 'POST' && s.conversationId === `a:personal-${liaison.aadObjectId}`,
    )!;
    firstLiaisonCard = toLiaison.activity.attachments![0]!.content as Card;
    silta.connector.clear();
  }

  /** …and with two experts proposed by the liaison in their own chat. */
  async function proposedFromGroup(): Promise<void> {
    await sentFromGroup();
    const reviewed = await invoke(
      liaison,
      button(firstLiaisonCard, 'review')!.data!,
      inLiaisonsChat('liaison-card'),
    );
    const ids = (JSON.stringify(reviewed).match(/"value":"(KT-\d+)"/g) ?? []).map((m) => m.slice(9, -1));
    const propose = button(reviewed, 'propose')!.data!;
    await invoke(
      liaison,
      { ...propose, expertIds: ids.slice(0, 2).join(',') },
      inLiaisonsChat('liaison-card'),
    );
    expertNames = ids.map((id) => silta.services.orders.expert(id)!.name);
    silta.connector.clear();
  }

  it('When the order is sent from a group chat, then the orderer gets their view and the shared message shows the status only', async () => {
    const mine = await invoke(orderer, { verb: 'order.submit', ...ORDER_FORM }, inGroup);
    expect(JSON.stringify(mine)).toContain('Tila: Lähetetty');
    orderId = String(button(mine, 'cancel')?.data?.orderId ?? '');
    expect(orderId).toMatch(/^[0-9a-f-]{36}$/);

    const shared = sharedMessageUpdates();
    expect(shared).toHaveLength(1);
    expectStatusOnly(shared[0]!, 'Lähetetty');
    expect(shared[0]!.refresh!.action).toMatchObject({ verb: 'order.view', data: { orderId } });
    expect(shared[0]!.refresh!.userIds.sort()).toEqual(
      [`8:orgid:${orderer.aadObjectId}`, `8:orgid:${liaison.aadObjectId}`].sort(),
    );
    const toLiaison = silta.connector.sent.find(
      (s) => s.method === 'POST' && s.conversationId === `a:personal-${liaison.aadObjectId}`,
    )!;
    firstLiaisonCard = toLiaison.activity.attachments![0]!.content as Card;
    expect(button(firstLiaisonCard, 'review')).toBeDefined();
  });

  it('When the liaison proposes experts in their own chat, then the shared message is redrawn with the status and no names', async () => {
    await sentFromGroup();
    const review = button(firstLiaisonCard, 'review')!.data!;
    const reviewed = await invoke(liaison, review, inLiaisonsChat('liaison-card'));
    const propose = button(reviewed, 'propose')!.data!;
    const ids = (JSON.stringify(reviewed).match(/"value":"(KT-\d+)"/g) ?? []).map((m) => m.slice(9, -1));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expertNames = ids.map((id) => silta.services.orders.expert(id)!.name);
    silta.connector.clear();
    await invoke(
      liaison,
      { ...propose, expertIds: ids.slice(0, 2).join(',') },
      inLiaisonsChat('liaison-card'),
    );
    expect((await silta.services.orders.get(orderId))!.state).toBe('candidatesProposed');
    const shared = sharedMessageUpdates();
    expect(shared).toHaveLength(1);
    expectStatusOnly(shared[0]!, 'Ehdokkaat valittavissa');
  });

  it("When the liaison's client refreshes the shared message, then only the liaison gets their view (with expert names) and the message is not replaced", async () => {
    await proposedFromGroup();
    const order = (await silta.services.orders.get(orderId))!;
    const proposed = order.candidates.map((id) => silta.services.orders.expert(id)!.name);
    const view = await invoke(liaison, { verb: 'order.view', orderId }, inGroup, 'automatic');
    expect(JSON.stringify(view)).toContain('Tila: Ehdokkaat valittavissa');
    for (const name of proposed) expect(JSON.stringify(view)).toContain(name);
    expect(button(view, 'cancel')).toBeUndefined();
    expect(view.refresh?.action.verb).toBe('order.view'); // the view stays user-specific
    expect(silta.connector.sent).toEqual([]);
  });

  it("When the orderer's client refreshes it, then the orderer gets the candidates to choose from, without names, and nothing else is sent", async () => {
    await proposedFromGroup();
    const view = await invoke(orderer, { verb: 'order.view', orderId }, inGroup, 'automatic');
    expect(JSON.stringify(view)).toContain('Tila: Ehdokkaat valittavissa');
    expect(allActions(view).filter((a) => a.data?.action === 'choose')).toHaveLength(2);
    expect(button(view, 'cancel')).toBeDefined();
    expect(names(view)).toEqual([]);
    expect(silta.connector.sent).toEqual([]);
  });

  it('When an unrelated staff member opens it, then they see the status only: no expert names, no buttons', async () => {
    await proposedFromGroup();
    const view = await invoke(other, { verb: 'order.view', orderId }, inGroup);
    expectStatusOnly(view, 'Ehdokkaat valittavissa');
    expect(silta.connector.sent).toEqual([]);
  });

  it("When an old card's refresh or button is used after the order moved on, then it shows the current state and changes nothing", async () => {
    await proposedFromGroup();
    const before = (await silta.services.orders.get(orderId))!;
    const where = inLiaisonsChat('first-liaison-card');
    const refreshed = await invoke(liaison, refreshOf(firstLiaisonCard), where, 'automatic');
    expect(JSON.stringify(refreshed)).toContain('Tila: Ehdokkaat valittavissa');
    expect(JSON.stringify(firstLiaisonCard)).toContain('Tila: Lähetetty');
    expect(button(refreshed, 'review')).toBeUndefined();
    expect(silta.connector.sent).toEqual([]);

    const clicked = await invoke(liaison, button(firstLiaisonCard, 'review')!.data!, where);
    expect(JSON.stringify(clicked)).toContain('Tilaus on nyt tilassa ”Ehdokkaat valittavissa”');
    expect(JSON.stringify(clicked)).toContain('Tila: Ehdokkaat valittavissa');
    expect((await silta.services.orders.get(orderId))!._etag).toBe(before._etag);
  });
});
