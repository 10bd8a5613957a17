import { cardAction, message, post, textOf, user } from '../support/activities';
import { postJson, validOffer } from '../support/ngoPage';
import { replyTo, startSilta, type TestSilta } from '../support/silta';

const now = new Date('2026-11-23T08:00:00Z'); // Monday 23.11.2026, 10.00 in Helsinki
const clock = () => now;
const tuiraLiaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b');
const lakeus = user('Sami Korhonen', '8914d698-471c-571c-8ec9-4ff0488e38b2');
const raahe = user('Arto Vähäkangas', 'cd3b2148-bd98-5d80-8455-3fcda896006c');
const staff = user('Hoitaja Tuiralta', '0a0a0a0a-1111-4111-8111-000000000021');

/** The centre's NGO calendar in chat, fi/sv/en, from activities accepted over HTTP (docs/ngo.md §7). */
describe('NGO calendar in chat: staff ask what NGO activity is on', () => {
  let silta: TestSilta;
  const ask = async (text: string, locale = 'fi-FI', from = staff) => {
    const question = message(text, { serviceUrl: silta.connector.url, from, locale });
    return textOf((await replyTo(silta, question)).activity);
  };
  async function offerAndAccept(liaison: typeof staff, overrides: Record<string, string | string[]>) {
    const res = await postJson(`${silta.url}/jarjestoille`, validOffer(now, overrides));
    expect(res.status).toBe(201);
    const s = (await silta.services.repos().ngoSubmissions.list()).find(
      (x) => x.reference === res.json.reference,
    )!;
    const accepted = await post(silta.url, {
      ...cardAction(
        'ngo.decide',
        { submissionId: s.id, seen: s.version, decision: 'accept' },
        { serviceUrl: silta.connector.url, from: liaison },
      ),
      replyToId: 'card-1',
    });
    expect(accepted.status).toBe(200);
  }

  beforeAll(async () => {
    silta = await startSilta({ NGO_SUBMIT_ADDRESS_LIMITS: '1000/1min' }, clock);
    for (const u of [tuiraLiaison, lakeus, raahe, staff]) {
      await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: u }));
    }
    await silta.connector.waitForCount(4);
    await offerAndAccept(tuiraLiaison, {
      title: 'Omaishoitajien kahvila',
      recurrence: 'weekly',
      firstDate: '2026-11-25',
      lastDate: '2027-01-13',
    });
    await offerAndAccept(tuiraLiaison, {
      title: 'Syöpäyhdistyksen neuvontapiste',
      activityType: 'counselling',
      recurrence: 'once',
      firstDate: '2026-12-10',
      topics: ['syöpä'],
    });
    await offerAndAccept(lakeus, {
      title: 'Kempeleen omaishoitajien vertaisryhmä',
      place: 'municipality:Kempele',
      recurrence: 'once',
      firstDate: '2026-12-01',
    });
    await offerAndAccept(raahe, {
      title: 'Mieli ry:n samtalsgrupp',
      place: 'unit:RA-RAA',
      recurrence: 'once',
      firstDate: '2026-11-27',
      topics: ['mielenterveys'],
    });
    await post(
      silta.url,
      message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url, from: staff }),
    );
  });
  afterAll(() => silta.stop());

  it("When asked in Finnish about Tuira this week, then the card lists the week's accepted activity with when, what, by whom and the link", async () => {
    const answer = await ask('mitä järjestötoimintaa Tuiralla on tällä viikolla?');
    expect(answer).toContain('Järjestötoiminta: Tuiran hyvinvointikeskus, tällä viikolla');
    expect(answer).toContain('25.11.2026');
    expect(answer).toContain('Omaishoitajien kahvila');
    expect(answer).toContain('Oulun Omaishoitajat ry');
    expect(answer).toContain('https://www.lahella.fi/toiminta/123');
    expect(answer).not.toContain('2.12.2026');
    expect(answer).not.toContain('Syöpäyhdistyksen');
  });

  it('When asked about peer groups for carers in a municipality, then the municipality-wide group is found and the topic is named', async () => {
    const answer = await ask('onko Kempeleessä vertaisryhmiä omaishoitajille?');
    expect(answer).toContain('Kempeleen omaishoitajien vertaisryhmä');
    expect(answer).toContain('Aihe: Omaishoito');
  });

  it('When asked in English about "my centre" this month, then the user\'s own unit is used', async () => {
    const answer = await ask('what NGO activity is at my centre this month?', 'en-GB');
    expect(answer).toContain('NGO activity: Tuiran hyvinvointikeskus, this month');
    expect(answer).toContain('Omaishoitajien kahvila');
    expect(answer).toContain('25 Nov 2026');
    expect(answer).not.toContain('2 Dec 2026');
    expect(answer).not.toContain('Syöpäyhdistyksen neuvontapiste'); // 10.12., next month
  });

  it("When asked in Swedish about Brahestad, then Raahe's activity is listed in Swedish", async () => {
    const answer = await ask('vilken föreningsverksamhet finns i Brahestad?', 'sv-FI');
    expect(answer).toContain('Föreningsverksamhet:');
    expect(answer).toContain('Mieli ry:n samtalsgrupp');
  });

  it('When nothing matches the place or the topic, then Silta says so and suggests Lähellä.fi; a liaison question stays a directory question', async () => {
    expect(await ask('mitä järjestötoimintaa Iissä on tällä viikolla?')).toContain(
      'ei hyväksyttyä järjestötoimintaa (tällä viikolla). Järjestöjen toimintaa löytyy myös Lähellä.fi',
    );
    expect(await ask('onko Tuiralla vertaisryhmiä nuorille?')).toContain('https://www.lahella.fi');
    const directory = await ask('kuka on Tuiran järjestöyhdyshenkilö?');
    expect(directory).toContain('Noora Eskola');
    expect(directory).not.toContain('Järjestötoiminta:');
  });
});
