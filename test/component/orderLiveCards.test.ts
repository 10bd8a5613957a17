/**
 * The order workflow under repeated clicks, races and language changes, and its one live card per person
 * (docs/orders.md §1.2, §4.2, §5.1, §6), over HTTP against the fake Teams connector, per role.
 */
import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import {
  ORDER_FORM,
  PEOPLE,
  allActions,
  button,
  cardIn,
  liveOrderCards,
  messagesNow,
  type Card,
} from '../support/orderCards';
import { orderSteps } from '../support/orderSteps';
import { startSilta, type TestSilta } from '../support/silta';

const { orderer, liaison, other } = PEOPLE;
/** The contact person, picked in Teams: the ordering side's second member. */
const contact = user('Kaisa Kontakti', '0a0a0a0a-1111-4111-8111-00000000000c');
let now = new Date('2026-11-22T10:00:00Z');
const personal = (u: User) => `a:personal-${u.aadObjectId}`;

describe('Orders under repeated clicks, races and language changes, with one live card per person', () => {
  let silta: TestSilta;
  let steps: ReturnType<typeof orderSteps>;
  beforeAll(async () => {
    silta = await startSilta({}, () => now);
    steps = orderSteps(silta, (at) => (now = at));
    for (const u of [orderer, liaison, other, contact])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    await silta.connector.waitForCount(4);
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    now = new Date('2026-11-22T10:00:00Z');
    silta.connector.clear();
  });

  const stored = async (orderId: string) => (await silta.services.orders.get(orderId))!;
  const ordersOf = async (ids: string[]) =>
    (await Promise.all(ids.map((id) => silta.services.orders.get(id)))).filter(Boolean);
  /** The form as the card the user got sends it: with its submission id. */
  async function formWithId(from: User = orderer): Promise<Record<string, unknown>> {
    await post(silta.url, message('tilaa kokemustoimija', { serviceUrl: silta.connector.url, from }));
    const sent = await silta.connector.waitForCount(1);
    const form = cardIn(sent.at(-1)!)!;
    const submitData = form.actions!.find((a) => a.verb === 'order.submit')!.data!;
    expect(String(submitData.submissionId)).toMatch(/^[0-9a-f-]{36}$/);
    silta.connector.clear();
    return { ...ORDER_FORM, submissionId: submitData.submissionId };
  }
  const newOrderCards = (u: User) =>
    silta.connector.sent.filter(
      (s) => s.conversationId === personal(u) && s.method === 'POST' && cardIn(s) !== undefined,
    );

  it('When "Lähetä tilaus" is sent twice, then one order is made, the second click is told it was sent, and the liaison gets one card', async () => {
    const form = await formWithId();
    const first = await steps.act(orderer, 'order.submit', form);
    const second = await steps.act(orderer, 'order.submit', form);
    const orderId = String(form.submissionId);
    expect(String(button(first, 'cancel')!.data!.orderId)).toBe(orderId);
    expect(JSON.stringify(second)).toContain(
      'Tämä tilaus on jo lähetetty (Tuiran hyvinvointikeskus, 10.12.2026;',
    );
    expect(JSON.stringify(second)).toContain('Uutta tilausta ei tehty');
    expect(button(second, 'cancel')!.data!.orderId).toBe(orderId);
    const order = await stored(orderId);
    expect(order.history).toEqual([]);
    expect(newOrderCards(liaison)).toHaveLength(1);
  });

  it('When a process stops between storing an order and posting it, then the upkeep posts it to the liaison a minute later, once, and the resubmitted form is told it was sent', async () => {
    const form = await formWithId();
    const orderId = String(form.submissionId);
    // what a stop right after the write leaves: the order stored, no card anywhere
    const created = await silta.services.orders.create(form, orderer, orderId);
    expect(created.kind).toBe('ok');
    const again = await steps.act(orderer, 'order.submit', form);
    expect(JSON.stringify(again)).toContain('Tämä tilaus on jo lähetetty');
    const cardsOfOrder = () => newOrderCards(liaison).filter((s) => JSON.stringify(s).includes(orderId));
    expect(cardsOfOrder()).toHaveLength(0);
    await silta.server.runJobs(); // not yet: a submit may still be posting it
    expect(cardsOfOrder()).toHaveLength(0);
    now = new Date(now.getTime() + 61_000);
    await silta.server.runJobs();
    expect(cardsOfOrder()).toHaveLength(1);
    expect((await stored(orderId)).announced).toBe(true);
    now = new Date(now.getTime() + 61_000);
    await silta.server.runJobs();
    expect(cardsOfOrder()).toHaveLength(1);
  });

  it('When the same form is submitted at the same moment (two instances, a double click), then exactly one order exists and the liaison gets one card', async () => {
    const form = await formWithId();
    const answers = await Promise.all([1, 2, 3].map(() => steps.act(orderer, 'order.submit', form)));
    const texts = answers.map((a) => JSON.stringify(a));
    expect(texts.filter((t) => t.includes('Tämä tilaus on jo lähetetty'))).toHaveLength(2);
    expect(texts.every((t) => t.includes(String(form.submissionId)))).toBe(true);
    expect(await ordersOf([String(form.submissionId)])).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(newOrderCards(liaison)).toHaveLength(1);
  });

  it('When the same form comes back in Swedish, then the second click is told in Swedish', async () => {
    const form = await formWithId();
    await steps.act(orderer, 'order.submit', form);
    const res = await post(silta.url, {
      ...cardAction('order.submit', form, {
        serviceUrl: silta.connector.url,
        from: orderer,
        locale: 'sv-FI',
      }),
      replyToId: 'card-message-1',
    });
    expect(JSON.stringify(res.body)).toContain('Den här beställningen har redan skickats');
  });

  it("When a forged form carries someone else's order id as its submission id, then it is refused and that order is unchanged", async () => {
    const form = await formWithId();
    await steps.act(orderer, 'order.submit', form);
    const before = await stored(String(form.submissionId));
    const answer = await steps.act(other, 'order.submit', form);
    expect(JSON.stringify(answer)).toContain('Et voi tehdä tätä tässä tilauksessa');
    expect(JSON.stringify(answer)).not.toContain('Tuiran hyvinvointikeskus');
    expect((await stored(String(form.submissionId)))._etag).toBe(before._etag);
  });

  it('When the form comes back with an error, then it keeps its submission id, and the corrected form makes one order', async () => {
    const form = await formWithId();
    const wrong = await steps.act(orderer, 'order.submit', { ...form, costCentre: '' });
    const again = wrong.actions!.find((a) => a.verb === 'order.submit')!.data!;
    expect(again.submissionId).toBe(form.submissionId);
    expect(await ordersOf([String(form.submissionId)])).toHaveLength(0);
    await steps.act(orderer, 'order.submit', form);
    expect(await ordersOf([String(form.submissionId)])).toHaveLength(1);
  });

  it('When the orderer cancels while the liaison proposes candidates, then every stored card ends cancelled with no choose buttons', async () => {
    for (let round = 0; round < 3; round += 1) {
      silta.connector.clear();
      const orderId = await steps.inReview();
      const review = await steps.act(liaison, 'order.act', { orderId, action: 'review' });
      const ids = JSON.stringify(review)
        .match(/"value":"(KT-\d+)"/g)!
        .map((m) => m.slice(9, -1));
      const stateNow = (await stored(orderId)).state;
      await Promise.all([
        steps.act(liaison, 'order.act', { orderId, action: 'propose', expertIds: ids.slice(0, 2).join(',') }),
        steps.act(orderer, 'order.act', { orderId, action: 'cancel', confirmedIn: stateNow }),
      ]);
      const order = await stored(orderId);
      // Either the cancel came first (the proposal is refused) or second (it meets candidatesProposed and
      // is refused as confirmed in another state): whichever, every card shows the stored final state.
      const final = `Tila: ${order.state === 'cancelled' ? 'Peruttu' : 'Ehdokkaat valittavissa'}`;
      const cards = [...messagesNow(silta.connector.sent).values()]
        .map(cardIn)
        .filter((c): c is Card => !!c && JSON.stringify(c).includes(orderId));
      expect(cards.length).toBeGreaterThanOrEqual(2);
      for (const card of cards) expect(JSON.stringify(card)).toContain(final);
      if (order.state === 'cancelled')
        for (const card of cards)
          expect(allActions(card).filter((a) => a.data?.action === 'choose')).toEqual([]);
    }
  });

  it('When the cancel lands while the proposal redraws the cards from what it read before, then every stored card ends cancelled', async () => {
    const orderId = await steps.inReview();
    const review = await steps.act(liaison, 'order.act', { orderId, action: 'review' });
    const ids = JSON.stringify(review)
      .match(/"value":"(KT-\d+)"/g)!
      .map((m) => m.slice(9, -1));
    // The proposal's first read for its redraw returns the order as proposed, and only then does the
    // orderer's whole cancel run: the proposal draws "Valitse ehdokas" after the cancel drew its cards.
    const service = silta.services.orders;
    const get = service.get.bind(service);
    let cancelMeanwhile: (() => Promise<unknown>) | undefined = () =>
      steps.act(orderer, 'order.act', { orderId, action: 'cancel', confirmedIn: 'candidatesProposed' });
    const spy = jest.spyOn(service, 'get').mockImplementation(async (id: string) => {
      const read = await get(id);
      const hook = cancelMeanwhile;
      cancelMeanwhile = undefined;
      await hook?.();
      return read;
    });
    try {
      await steps.act(liaison, 'order.act', {
        orderId,
        action: 'propose',
        expertIds: ids.slice(0, 2).join(','),
      });
    } finally {
      spy.mockRestore();
    }
    expect(cancelMeanwhile).toBeUndefined();
    expect((await stored(orderId)).state).toBe('cancelled');
    const cards = [...messagesNow(silta.connector.sent).values()]
      .map(cardIn)
      .filter((c): c is Card => !!c && JSON.stringify(c).includes(orderId));
    expect(cards.length).toBeGreaterThanOrEqual(2);
    // The drawing with the choice did happen (and was then replaced).
    expect(silta.connector.sent.some((s) => JSON.stringify(s.activity).includes('Valitse ehdokas'))).toBe(
      true,
    );
    for (const card of cards) {
      expect(JSON.stringify(card)).toContain('Tila: Peruttu');
      expect(button(card, 'choose')).toBeUndefined();
    }
  });

  it('When "Peru tilaus" is pressed, then the card asks first; a cancel without the confirmation, or confirmed in an older state, changes nothing', async () => {
    const { orderId, card } = await steps.submitted();
    const peru = card.actions!.find((a) => a.title === 'Peru tilaus')!;
    expect(peru.type).toBe('Action.ShowCard');
    expect(JSON.stringify(peru.card)).toContain('Haluatko varmasti perua tilauksen?');
    const confirm = button(card, 'cancel')!;
    expect(confirm.title).toBe('Kyllä, peru tilaus');
    expect(confirm.data!.confirmedIn).toBe('submitted');

    const before = await stored(orderId);
    const forged = await steps.act(orderer, 'order.act', { orderId, action: 'cancel' });
    expect(JSON.stringify(forged)).toContain('Vahvista peruminen kortilla');
    expect(JSON.stringify(forged)).toContain('Tila: Lähetetty');
    expect((await stored(orderId))._etag).toBe(before._etag);

    await steps.act(liaison, 'order.act', { orderId, action: 'review' });
    const inReview = await stored(orderId);
    const stale = await steps.act(orderer, 'order.act', confirm.data!);
    expect(JSON.stringify(stale)).toContain('Tilaus on muuttunut sen jälkeen, kun vahvistit perumisen');
    expect((await stored(orderId))._etag).toBe(inReview._etag);

    const done = await steps.act(orderer, 'order.act', { ...confirm.data!, confirmedIn: 'inReview' });
    expect(JSON.stringify(done)).toContain('Tila: Peruttu');
    expect(silta.connector.sent.map((s) => s.activity.text)).toContain(
      'Tilaaja perui kokemustoimijan tilauksen (Tuiran hyvinvointikeskus, 10.12.2026).',
    );
  });

  it('When a confirmed order is cancelled, then the card warns first and the liaison is told to inform the expert by name', async () => {
    const orderId = await steps.confirmed();
    const card = await steps.act(orderer, 'order.act', { orderId, action: 'review' });
    const peru = card.actions!.find((a) => a.title === 'Peru tilaus')!;
    expect(JSON.stringify(peru.card)).toContain('Kokemustoimija on jo vahvistettu tähän tilaukseen');
    silta.connector.clear();
    await steps.act(orderer, 'order.act', button(card, 'cancel')!.data!);
    const expert = (await stored(orderId)).confirmedExpert!;
    const told = silta.connector.sent
      .filter((s) => s.conversationId === personal(liaison))
      .map((s) => s.activity.text);
    expect(told).toContain(
      `Tilaaja perui tilauksen, johon kokemustoimija oli jo vahvistettu (Tuiran hyvinvointikeskus, 10.12.2026). Kerro perumisesta kokemustoimijalle (${expert.name}).`,
    );
    // The ordering side never gets that line (it names the expert only for the liaison's sake).
    expect(
      silta.connector.sent
        .filter((s) => s.conversationId === personal(orderer))
        .map((s) => textOf(s.activity))
        .join(),
    ).not.toContain('Kerro perumisesta');
  });

  it('When every candidate declines, then the orderer and the contact person are told too, not only the liaison', async () => {
    const { orderId } = await steps.submitted({
      ...ORDER_FORM,
      contactName: 'Kaisa Kontakti',
      contactPerson: contact.aadObjectId,
    });
    const review = await steps.act(liaison, 'order.act', { orderId, action: 'review' });
    const [id] = JSON.stringify(review)
      .match(/"value":"(KT-\d+)"/)!
      .slice(1);
    await steps.act(liaison, 'order.act', { orderId, action: 'propose', expertIds: id });
    await steps.act(contact, 'order.act', { orderId, action: 'choose', expertId: id });
    silta.connector.clear();
    await steps.act(liaison, 'order.act', { orderId, action: 'answer', accepted: 'false', expertId: id });
    expect((await stored(orderId)).state).toBe('inReview');
    const line =
      'Kaikki ehdotetut kokemustoimijat kieltäytyivät tilauksestanne (10.12.2026). Järjestöyhdyshenkilö etsii uusia ehdokkaita.';
    for (const u of [orderer, contact])
      expect(
        silta.connector.sent.filter((s) => s.conversationId === personal(u)).map((s) => s.activity.text),
      ).toContain(line);
    expect(
      silta.connector.sent.filter((s) => s.conversationId === personal(liaison)).map((s) => s.activity.text),
    ).toContain(
      'Kaikki ehdotetut kokemustoimijat kieltäytyivät (Tuiran hyvinvointikeskus, 10.12.2026). Ehdota uusia.',
    );
  });

  it('When the history is opened, then the liaison reads the experts by name, the team reads "ehdokas 1" until confirmation, and nobody reads register ids', async () => {
    const orderId = await steps.confirmed();
    const order = await stored(orderId);
    const [first, second] = order.candidates as [string, string];
    const names = new Map(silta.services.orders.experts().map((e) => [e.id, e.name]));
    const liaisons = JSON.stringify(await steps.act(liaison, 'order.history', { orderId }));
    expect(liaisons).toContain(`${names.get(first)} → ${names.get(second)}`);
    const teams = JSON.stringify(await steps.act(orderer, 'order.history', { orderId }));
    expect(teams).toContain('Tilaaja: Ehdokkaat valittavissa → Tarjottu kokemustoimijalle – ehdokas 1');
    expect(teams).toContain(`ehdokas 1 → ${names.get(second)}`);
    expect(teams).not.toContain(names.get(first)!);
    for (const text of [liaisons, teams]) expect(text).not.toMatch(/KT-\d+/);
    const english = await post(silta.url, {
      ...cardAction(
        'order.history',
        { orderId },
        {
          serviceUrl: silta.connector.url,
          from: orderer,
          locale: 'en-US',
        },
      ),
      replyToId: 'card-message-1',
    });
    expect(JSON.stringify(english.body)).toContain('candidate 1 →');
  });

  it('When the whole workflow runs, then each person has one live card of the order at every step', async () => {
    const { orderId } = await steps.submitted({
      ...ORDER_FORM,
      contactName: 'Kaisa Kontakti',
      contactPerson: contact.aadObjectId,
    });
    const check = (step: string) => {
      for (const u of [orderer, liaison, contact]) {
        const live = liveOrderCards(silta.connector.sent, personal(u), orderId);
        expect([step, u.name, live.length <= 1]).toEqual([step, u.name, true]);
      }
    };
    const act = async (u: User, data: Record<string, unknown>) => {
      await steps.act(u, 'order.act', { orderId, ...data });
      check(String(data.action));
    };
    check('submit');
    await act(liaison, { action: 'review' });
    const review = await steps.act(liaison, 'order.act', { orderId, action: 'review' });
    const ids = JSON.stringify(review)
      .match(/"value":"(KT-\d+)"/g)!
      .map((m) => m.slice(9, -1));
    await act(liaison, { action: 'propose', expertIds: ids.slice(0, 2).join(',') });
    await act(contact, { action: 'choose', expertId: ids[0] });
    await act(liaison, { action: 'answer', accepted: 'false', expertId: ids[0] });
    await act(liaison, { action: 'answer', accepted: 'true', expertId: ids[1] });
    now = new Date('2026-12-10T12:00:00Z');
    await silta.server.runJobs();
    check('held');
    await act(orderer, { action: 'feedback', role: 'orderer', rating_usefulness: '5' });
    await act(liaison, { action: 'feedback', role: 'expert', rating_usefulness: '4' });
    // The ordering side has nothing left to do; the liaison's one card offers closing. The liaison and
    // the contact got one card each when the order was made; the orderer's form became theirs.
    expect(liveOrderCards(silta.connector.sent, personal(liaison), orderId)).toHaveLength(1);
    for (const u of [orderer, contact])
      expect(liveOrderCards(silta.connector.sent, personal(u), orderId)).toHaveLength(0);
    for (const u of [liaison, contact])
      expect(newOrderCards(u).filter((s) => JSON.stringify(s).includes(orderId))).toHaveLength(1);
    expect(newOrderCards(orderer).filter((s) => JSON.stringify(s).includes(orderId))).toHaveLength(0);
    await act(liaison, { action: 'close' });
    for (const u of [orderer, liaison, contact])
      expect(liveOrderCards(silta.connector.sent, personal(u), orderId)).toHaveLength(0);
  });
});

describe("Proactive order cards follow the user's latest language", () => {
  let silta: TestSilta;
  let steps: ReturnType<typeof orderSteps>;
  beforeEach(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    steps = orderSteps(silta, () => undefined);
  });
  afterEach(() => silta.stop());

  const say = (u: User, text: string, locale = 'fi-FI') =>
    post(silta.url, message(text, { serviceUrl: silta.connector.url, from: u, locale }));

  it('When the liaison writes "kieli ruotsi" after a Finnish first turn, then the next new order reaches them in Swedish', async () => {
    await say(liaison, 'apua');
    await say(orderer, 'apua');
    await say(liaison, 'kieli ruotsi');
    silta.connector.clear();
    await steps.submitted();
    const card = (await silta.connector.waitForCount(1)).find((s) => s.conversationId === personal(liaison))!;
    expect(card.activity.summary).toContain('Ny beställning av erfarenhetsexpert');
    expect(JSON.stringify(cardIn(card))).toContain('Status: Skickad');
  });

  it("When the client's locale changes from Finnish to English, then the orderer's proactive alerts and card come in English", async () => {
    await say(liaison, 'apua');
    const orderId = await steps.inReview(); // the orderer's turns so far: Finnish
    await say(orderer, 'apua', 'en-US');
    silta.connector.clear();
    await steps.act(liaison, 'order.act', { orderId, action: 'requestInfo', question: 'Montako?' });
    const toOrderer = silta.connector.sent.filter((s) => s.conversationId === personal(orderer));
    expect(toOrderer.map((s) => s.activity.text)).toContain(
      'The liaison asks for more information about your order (10 Dec 2026).',
    );
    // The orderer's card in their chat is redrawn in English too.
    const cards = toOrderer.map(cardIn).filter((c): c is Card => !!c);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(JSON.stringify(c)).toContain('Status: More information requested');
  });
});
