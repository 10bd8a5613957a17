import { readDemoFiles } from '../../src/services/projectFiles';
import { cardAction, message, post, textOf, type User } from '../support/activities';
import { TEAMS_LIMIT_BYTES, cardProblems, messageBytes } from '../support/cardValidity';
import { ORDER_FORM, PEOPLE, type Card } from '../support/orderCards';
import { startSilta, type TestSilta } from '../support/silta';

/**
 * The order form over HTTP (docs/orders.md §1): numbers stay numbers when it comes back with errors,
 * the details part keeps the essentials, a group chat gets no form for everyone, and the unit picker
 * works for a register of 4,000 units.
 */
const { orderer, other } = PEOPLE;
const GROUP = '19:tuiran-tiimi@thread.v2';
type Input = Record<string, unknown> & { id: string; type: string };

const inputsOf = (card: Card) =>
  card.body.filter((e) => String((e as { type: string }).type).startsWith('Input.')) as Input[];
const inputOf = (card: Card, id: string) => inputsOf(card).find((e) => e.id === id)!;

describe('The order form over HTTP', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    for (const u of [orderer, other])
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    await silta.connector.waitForCount(2);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const storedOrders = async () => (await silta.services.repos().orders.listByYear(2026)).length;
  async function act(
    from: User,
    verb: string,
    data: Record<string, unknown>,
    where: { conversationId?: string; conversationType?: string; trigger?: string } = {},
  ): Promise<Card> {
    const activity = cardAction(verb, data, { serviceUrl: silta.connector.url, from, ...where });
    const res = await post(silta.url, {
      ...activity,
      value: { ...activity.value, trigger: where.trigger ?? 'manual' },
      replyToId: 'form-message',
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }

  it('When a form with numbers typed as numbers comes back with an error, then the number inputs still hold numbers and nothing is stored', async () => {
    const before = await storedOrders();
    const card = await act(orderer, 'order.submit', {
      ...ORDER_FORM,
      durationMinutes: 90,
      audienceSize: 25,
      costCentre: '',
    });
    expect(textOf({ attachments: [{ content: card }] })).toContain('Kustannuspaikka: tieto puuttuu.');
    expect(inputOf(card, 'durationMinutes').value).toBe(90);
    expect(inputOf(card, 'audienceSize').value).toBe(25);
    expect(inputOf(card, 'description').value).toBe(ORDER_FORM.description);
    // The details (not on this part) travel in the buttons, as they were.
    for (const action of card.actions!)
      expect(action.data).toMatchObject({ contactEmail: ORDER_FORM.contactEmail });
    expect(await storedOrders()).toBe(before);

    // Numbers sent as text (as some clients do) come back as numbers too.
    const again = await act(orderer, 'order.submit', { ...ORDER_FORM, costCentre: '' });
    expect(inputOf(again, 'durationMinutes').value).toBe(90);
    expect(cardProblems(card)).toEqual([]);
  });

  it('When only a detail is wrong, then the details part comes back with the error and the essentials carried, numbers as numbers', async () => {
    const before = await storedOrders();
    const card = await act(orderer, 'order.submit', { ...ORDER_FORM, contactEmail: 'olli(at)pohde' });
    expect(inputsOf(card).map((e) => e.id)).toContain('contactEmail');
    expect(inputOf(card, 'contactEmail').value).toBe('olli(at)pohde');
    expect(textOf({ attachments: [{ content: card }] })).toContain('sähköpostiosoite ei kelpaa');
    const send = card.actions!.find((a) => a.verb === 'order.submit')!;
    expect(send.data).toMatchObject({ unitId: 'OU-TUI', durationMinutes: 90, audienceSize: 25 });
    expect(await storedOrders()).toBe(before);

    // Sending from the details with the e-mail fixed makes the order.
    const sent = await act(orderer, 'order.submit', {
      ...send.data,
      ...Object.fromEntries(inputsOf(card).map((e) => [e.id, e.value])),
      contactEmail: 'olli@pohde.example',
    });
    expect(JSON.stringify(sent)).toContain('Tila: Lähetetty');
    expect(await storedOrders()).toBe(before + 1);
  });

  it('When the essentials are incomplete, then going on to the details shows the essentials again with what is missing', async () => {
    const card = await act(orderer, 'order.form', { ...ORDER_FORM, part: 'details', date: '2026-01-01' });
    expect(inputsOf(card).map((e) => e.id)).toContain('date');
    expect(textOf({ attachments: [{ content: card }] })).toContain('Päivämäärä ei voi olla menneisyydessä');
  });

  it('When the form is sent without the details part, then the orderer is the contact and Finnish the language', async () => {
    const { contactName: _name, contactEmail: _email, language: _language, ...essentials } = ORDER_FORM;
    const card = await act(orderer, 'order.submit', essentials);
    const orderId = String(JSON.stringify(card).match(/"orderId":"([0-9a-f-]{36})"/)?.[1]);
    const order = (await silta.services.orders.get(orderId))!;
    expect(order.details.contact).toEqual({ name: orderer.name });
    expect(order.details.language).toBe('fi');
  });

  it('When someone asks for the form in a group chat, then the chat gets one line and a button, and the form opens for the asker only', async () => {
    await post(
      silta.url,
      message('tilaa kokemustoimija', {
        serviceUrl: silta.connector.url,
        from: orderer,
        conversationId: GROUP,
        conversationType: 'groupChat',
      }),
    );
    const posted = await silta.connector.waitForCount(1);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.conversationId).toBe(GROUP);
    const shared = posted[0]!.activity.attachments![0]!.content as Card;
    expect(JSON.stringify(shared)).not.toContain('Input.');
    expect(textOf(posted[0]!.activity)).toContain('Olli Tilaaja, tilauslomake avautuu tähän vain sinulle');
    expect(shared.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'order.form', data: { verb: 'order.form' } },
      userIds: [`8:orgid:${orderer.aadObjectId}`],
    });
    expect(cardProblems(shared)).toEqual([]);

    // The asker's client refreshes the message and gets the form, for them alone.
    const inGroup = { conversationId: GROUP, conversationType: 'groupChat' };
    const mine = await act(orderer, 'order.form', {}, { ...inGroup, trigger: 'automatic' });
    expect(inputsOf(mine).map((e) => e.id)).toContain('unitId');
    // Another member who presses the button gets a form of their own (their name as the contact).
    const theirs = await act(other, 'order.form', {}, inGroup);
    expect(inputsOf(theirs).map((e) => e.id)).toContain('unitId');
    const theirDetails = await act(
      other,
      'order.form',
      { ...ORDER_FORM, contactName: undefined, part: 'details' },
      inGroup,
    );
    expect(inputOf(theirDetails, 'contactName').value).toBe(other.name);
    // Nothing was posted to the chat for everyone: the forms are answers to the one who asked.
    expect(
      silta.connector.sent.filter((s) => s.method === 'POST' && s.conversationId === GROUP),
    ).toHaveLength(1);
  });

  it('When the register has 4,000 units, then the unit picker lists some and searches the rest (typeahead with a 1.5 fallback) and the form stays under 28 KB', async () => {
    const extra = Array.from(
      { length: 4000 },
      (_, i) =>
        `OU-T${String(i).padStart(4, '0')};Testiyksikkö ${String(i).padStart(4, '0')};hyvinvointipiste;Oulu;Uleåborg;Oulu;;`,
    ).join('\r\n');
    const files = readDemoFiles().map((file) =>
      file.name === 'toimipisteet.csv'
        ? {
            name: file.name,
            bytes: Buffer.from(`${Buffer.from(file.bytes).toString('utf8').trimEnd()}\r\n${extra}\r\n`),
          }
        : file,
    );
    expect((await silta.services.register.importNow(files, 'test')).kind).toBe('applied');

    await post(
      silta.url,
      message('tilaa kokemustoimija', { serviceUrl: silta.connector.url, from: orderer }),
    );
    const [reply] = await silta.connector.waitForCount(1);
    const form = reply!.activity.attachments![0]!.content as Card;
    const units = inputOf(form, 'unitId') as Input & { choices: Array<{ value: string }> };
    expect(units.style).toBe('filtered');
    expect(units['choices.data']).toEqual({ type: 'Data.Query', dataset: 'silta.units' });
    expect(units.choices.length).toBeGreaterThan(10);
    expect(units.choices.length).toBeLessThan(4000);
    expect(messageBytes(reply!.activity)).toBeLessThan(TEAMS_LIMIT_BYTES);
    expect(cardProblems(form)).toEqual([]);

    // The typeahead: Teams asks with application/search as the user types.
    const search = async (queryText: string) => {
      const res = await post(silta.url, {
        ...cardAction('x', {}, { serviceUrl: silta.connector.url, from: orderer }),
        name: 'application/search',
        value: { queryText, dataset: 'silta.units', queryOptions: { top: 15, skip: 0 } },
      });
      expect(res.status).toBe(200);
      return res.body as { type: string; value: { results: Array<{ title: string; value: string }> } };
    };
    const found = await search('testiyksikkö 3999');
    expect(found.type).toBe('application/vnd.microsoft.search.searchResponse');
    expect(found.value.results).toEqual([{ title: 'Testiyksikkö 3999', value: 'OU-T3999' }]);
    expect((await search('tuira')).value.results[0]).toEqual({
      title: 'Tuiran hyvinvointikeskus',
      value: 'OU-TUI',
    });
    expect((await search('testi')).value.results).toHaveLength(15);
  });
});
