import { message, post } from '../support/activities';
import { cardProblems } from '../support/cardValidity';
import { ORDER_FORM, PEOPLE, type Card } from '../support/orderCards';
import { orderSteps } from '../support/orderSteps';
import { startSilta, type TestSilta } from '../support/silta';

/**
 * What each role's order card shows and hides, over HTTP (docs/orders.md §5): the liaison everything to
 * act and to brief the expert, the ordering team anonymous candidate profiles, anyone else the status.
 */
const { orderer, liaison, other } = PEOPLE;
const FULL_FORM = {
  ...ORDER_FORM,
  mode: 'onsite',
  address: 'Tuirantie 1 B, 2. krs, Oulu',
  contactName: 'Kaisa Kontakti',
  contactEmail: 'kaisa.kontakti@pohde.example',
  contactPhone: '+358 40 765 4321',
  otherWishes: 'Esteetön sisäänkäynti *pihan* puolelta',
};
/** Two active experts of the demo register with a public description (kuvaus). */
const CANDIDATES = ['KT-010', 'KT-026'];

describe('Order cards per role over HTTP', () => {
  let silta: TestSilta;
  let steps: ReturnType<typeof orderSteps>;
  beforeAll(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    steps = orderSteps(silta, () => undefined);
    await steps.greetEveryone();
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const json = (card: Card) => JSON.stringify(card);
  const factsOf = (card: Card): Record<string, string> => {
    const found: Record<string, string> = {};
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const object = value as { type?: string; facts?: Array<{ title: string; value: string }> };
        if (object.type === 'FactSet') for (const f of object.facts ?? []) found[f.title] = f.value;
        Object.values(object).forEach(walk);
      }
    };
    walk(card.body);
    return found;
  };

  it("When the liaison opens an order, then the card has the address, cost centre, contact's name, e-mail and phone, other wishes and the orderer's answer to their question", async () => {
    const { orderId } = await steps.submitted(FULL_FORM);
    await steps.act(liaison, 'order.act', {
      orderId,
      action: 'requestInfo',
      question: 'Montako osallistujaa on paikan päällä?',
    });
    await steps.act(orderer, 'order.act', { orderId, action: 'resubmit', answer: 'Noin 25, loput etänä.' });
    const card = await steps.act(liaison, 'order.view', { orderId });
    expect(factsOf(card)).toMatchObject({
      Osoite: 'Tuirantie 1 B, 2. krs, Oulu',
      Kustannuspaikka: ORDER_FORM.costCentre,
      Yhteyshenkilö: 'Kaisa Kontakti',
      Sähköposti: 'kaisa.kontakti@pohde.example',
      Puhelin: '+358 40 765 4321',
      // Markdown marks typed by the orderer are shown as typed.
      'Muita toiveita': 'Esteetön sisäänkäynti \\*pihan\\* puolelta',
      Lisätietopyyntö: 'Montako osallistujaa on paikan päällä?',
      'Tilaajan vastaus': 'Noin 25, loput etänä.',
    });
    expect(cardProblems(card)).toEqual([]);
  });

  it('When candidates are proposed, then the team sees each profile (themes, languages spelled out, area, on site or remote, organisation, description) without names or contacts, and the liaison sees names and contacts', async () => {
    const { orderId } = await steps.submitted(FULL_FORM);
    await steps.act(liaison, 'order.act', { orderId, action: 'propose', expertIds: CANDIDATES.join(',') });
    const experts = CANDIDATES.map((id) => silta.services.orders.expert(id)!);
    expect(experts.every((e) => e.description)).toBe(true);

    const team = await steps.act(orderer, 'order.view', { orderId });
    const text = json(team);
    for (const expert of experts) {
      expect(text).toContain(expert.description!);
      expect(text).toContain(expert.area);
      expect(text).toContain(expert.organisation!);
      expect(text).not.toContain(expert.name);
      expect(text).not.toContain(expert.email!);
      expect(text).not.toContain(expert.phone!);
    }
    expect(text).toContain('Ehdokas 1');
    expect(text).toContain('Ehdokas 2');
    expect(factsOf(team).Kielet).toBe('suomi');
    expect(text).not.toMatch(/"Kielet","value":"fi"/);
    expect(factsOf(team).Toteutus).toMatch(/^paikan päällä/);
    expect(cardProblems(team)).toEqual([]);

    const forLiaison = json(await steps.act(liaison, 'order.view', { orderId }));
    for (const expert of experts) {
      expect(forLiaison).toContain(expert.name);
      expect(forLiaison).toContain(expert.email!);
    }
  });

  it('When the team reads the profiles in Swedish, then the languages are named in Swedish', async () => {
    const { orderId } = await steps.submitted(FULL_FORM);
    await steps.act(liaison, 'order.act', { orderId, action: 'propose', expertIds: CANDIDATES.join(',') });
    await post(silta.url, message('språk svenska', { serviceUrl: silta.connector.url, from: orderer }));
    const team = await steps.act(orderer, 'order.view', { orderId });
    expect(json(team)).toContain('"title":"Språk","value":"finska"');
    await post(silta.url, message('kieli suomi', { serviceUrl: silta.connector.url, from: orderer }));
  });

  it('When another staff member opens the order, then they see its status only: no address, cost centre, contacts or candidates', async () => {
    const { orderId } = await steps.submitted(FULL_FORM);
    await steps.act(liaison, 'order.act', { orderId, action: 'propose', expertIds: CANDIDATES.join(',') });
    const card = await steps.act(other, 'order.view', { orderId });
    const text = json(card);
    expect(text).toContain('Tila:');
    for (const hidden of [
      'Tuirantie 1 B',
      ORDER_FORM.costCentre,
      'Kaisa Kontakti',
      'kaisa.kontakti@pohde.example',
      '+358 40 765 4321',
      'Esteetön',
      ...CANDIDATES.map((id) => silta.services.orders.expert(id)!.description!),
    ])
      expect(text).not.toContain(hidden);
    expect(card.actions).toBeUndefined();
  });
});
