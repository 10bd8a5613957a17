import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { ORDER_FORM, PEOPLE } from '../support/orderCards';
import { startSilta, type TestSilta } from '../support/silta';

const clock = () => new Date('2026-11-22T10:00:00Z');
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');

type Card = { body: unknown[] };

/** Register data (themes, topics, titles, municipalities) on the cards of Swedish and English users. */
describe('Register data in the user language over HTTP', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function ask(text: string, locale: string, from = user('Kysyjä')) {
    const res = await post(silta.url, message(text, { serviceUrl: silta.connector.url, locale, from }));
    expect(res.status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity;
  }
  async function act(from: User, verb: string, data: Record<string, unknown>, locale: string) {
    const res = await post(silta.url, {
      ...cardAction(verb, data, { serviceUrl: silta.connector.url, from, locale }),
      replyToId: 'card-message-1',
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }

  it('When a Swedish user asks about Raahe, then the card says Brahestad and the titles are Swedish', async () => {
    const text = textOf(await ask('Vem är kontaktperson i Brahestad?', 'sv-FI'));
    expect(text).toContain('Kommunens organisationskontaktperson (Brahestad)');
    expect(text).toContain('kommunens organisationskontaktperson');
    expect(text).toContain('social- och hälsocentralens organisationskontaktperson');
    expect(text).not.toContain('järjestöyhdyshenkilö');
    expect(text).not.toContain('(Raahe)');
  });

  it('When a Swedish user asks about Siikajoki, which has no Swedish name, then it stays Siikajoki', async () => {
    const text = textOf(await ask('Vem är kontaktperson i Siikajoki?', 'sv-FI'));
    expect(text).toContain('(Siikajoki)');
    expect(text).not.toContain('järjestöyhdyshenkilö');
  });

  it('When an English user asks about Raahe, then the municipality is Raahe and the titles are English', async () => {
    const text = textOf(await ask('Who is the NGO liaison in Raahe?', 'en-US'));
    expect(text).toContain('(Raahe)');
    expect(text).toContain('municipal NGO liaison');
    expect(text).not.toContain('Brahestad');
    expect(text).not.toContain('järjestöyhdyshenkilö');
  });

  it("When a Swedish user orders, then their card shows the themes in Swedish and the English liaison's card in English", async () => {
    const { orderer, liaison } = PEOPLE;
    await ask('hej', 'sv-FI', orderer);
    await ask('hello', 'en-US', liaison);
    const form = await act(
      orderer,
      'order.submit',
      { ...ORDER_FORM, themes: 'mielenterveys,päihteet' },
      'sv-FI',
    );
    expect(JSON.stringify(form)).toContain('teman: psykisk hälsa, rusmedel');
    expect(JSON.stringify(form)).not.toContain('mielenterveys');
    const [toLiaison] = await silta.connector.waitForCount(1);
    const card = JSON.stringify(toLiaison!.activity);
    expect(card).toContain('themes: mental health, substance use');
    expect(card).not.toContain('päihteet');
  });

  it('When a liaison previews a notice in Swedish or English, then its topics are in that language', async () => {
    const liaison = PEOPLE.liaison;
    const notice = {
      title: 'Vertaisryhmä',
      text: 'Vertaisryhmä kokoontuu torstaisin.',
      ngo: 'Oulun Diabetesyhdistys ry',
      topics: 'diabetes,ikääntyneet',
      audienceKind: 'units',
      audienceIds: 'OU-TUI',
      validUntil: '2027-02-28',
    };
    const sv = JSON.stringify(await act(liaison, 'notice.preview', notice, 'sv-FI'));
    expect(sv).toContain('Ämnen: diabetes, äldre');
    const en = JSON.stringify(await act(liaison, 'notice.preview', notice, 'en-US'));
    expect(en).toContain('Topics: diabetes, older people');
    expect(sv + en).not.toContain('ikääntyneet');
  });

  it("When the coordinator opens the notice form in Swedish, then the topics and municipalities are in Swedish; the values stay the register's", async () => {
    const reply = await ask('nytt organisationsmeddelande', 'sv-FI', coordinator);
    const form = JSON.stringify(reply.attachments![0]!.content);
    expect(form).toContain('{"title":"Brahestad","value":"Raahe"}');
    expect(form).toContain('{"title":"Siikajoki","value":"Siikajoki"}');
    expect(form).toContain('{"title":"psykisk hälsa","value":"mielenterveys"}');
  });
});
