/**
 * Notices as staff read them and as senders check them before sending (issue 14 §4), over HTTP: the
 * staff list by unit and topics, the form's checks on the card, the default send time and the warning
 * before sending to nobody. Each test makes its own people, subscriptions and notices.
 */
import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { executeOf, executes } from '../support/noticeCards';
import { startSilta, type TestSilta } from '../support/silta';
import { eventually } from '../support/wait';

const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b'); // Tuira centre liaison
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');

const START = new Date('2026-11-23T10:00:00Z');
let now = START;
const clock = () => now;

type Card = { body: unknown[]; actions?: unknown[] };

const notice = (title: string, topics: string, extra: Record<string, string> = {}) => ({
  title,
  text: `${title}: tervetuloa mukaan.`,
  ngo: 'Pohjois-Pohjanmaan Omaishoitajat ry',
  link: 'https://www.lahella.fi/tapahtuma/42',
  topics,
  audienceKind: 'units',
  audienceIds: 'OU-TUI',
  validUntil: '2027-02-28',
  ...extra,
});

describe('Notices for staff over HTTP: the list by unit and topics, checks on the form, the send time, nobody to send to', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    now = START;
  });

  /** A card action by `from` in their personal chat, answered with a card. */
  const act = async (from: User, verb: string, data: Record<string, unknown>): Promise<Card> => {
    const res = await post(silta.url, cardAction(verb, data, { serviceUrl: silta.connector.url, from }));
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  };
  /** What Silta answers `from`'s message with, in their personal chat (the first answer containing `expected`). */
  const ask = async (from: User, text: string, expected: string, locale = 'fi-FI') => {
    const before = silta.connector.sent.length;
    await post(silta.url, message(text, { serviceUrl: silta.connector.url, from, locale }));
    const reply = await eventually(
      () =>
        silta.connector.sent
          .slice(before)
          .find(
            (s) =>
              s.conversationId === `a:personal-${from.aadObjectId}` && textOf(s.activity).includes(expected),
          ),
      `no answer to "${text}" with "${expected}"`,
    );
    return { text: textOf(reply.activity), card: reply.activity.attachments?.[0]?.content };
  };
  const staffAt = async (name: string, unit: string, topics: string) => {
    const person = user(name);
    await ask(person, `oma yksikköni on ${unit}`, unit);
    await act(person, 'notice.subscribe', { topics });
    return person;
  };
  /** Previews and sends a notice now (confirming when nobody would get it); its id. */
  const sent = async (from: User, form: Record<string, string>): Promise<string> => {
    const preview = await act(from, 'notice.preview', form);
    const send = executes(preview).find((a) => a.verb === 'notice.send');
    if (!send) throw new Error(`no preview: ${textOf({ attachments: [{ content: preview }] })}`);
    await act(from, 'notice.send', send.data);
    return String(send.data.noticeId);
  };

  it('When staff ask for the notices, then they see those valid now for their own unit and topics, newest first, with the NGO, date and link', async () => {
    const tuira = await staffAt('Tuiran Omaishoidon Ohjaaja', 'Tuira', 'omaishoito,liikunta');
    const kaakkuri = await staffAt('Kaakkurin Omaishoidon Ohjaaja', 'Kaakkuri', 'omaishoito');
    const noUnit = user('Yksikötön Työntekijä');
    await sent(liaison, notice('Omaishoitajien kahvila', 'omaishoito'));
    now = new Date('2026-11-23T11:00:00Z');
    await sent(liaison, notice('Liikuntaryhmä omaishoitajille', 'liikunta,omaishoito'));
    await sent(liaison, notice('Syöpäyhdistyksen luento', 'syöpä'));
    await sent(liaison, notice('Vain tämän päivän tilaisuus', 'omaishoito', { validUntil: '2026-11-23' }));
    await sent(coordinator, notice('Kaakkurin omaishoitajat', 'omaishoito', { audienceIds: 'OU-KAA' }));
    now = new Date('2026-11-24T10:00:00Z');

    const list = await ask(tuira, 'tiedotteet', 'Ajankohtaiset tiedotteet');
    expect(list.text).toContain('Liikuntaryhmä omaishoitajille');
    expect(list.text).toContain('Omaishoitajien kahvila');
    expect(list.text.indexOf('Liikuntaryhmä')).toBeLessThan(list.text.indexOf('Omaishoitajien kahvila'));
    expect(list.text).toContain('Pohjois-Pohjanmaan Omaishoitajat ry · 23.11.2026 · voimassa 28.2.2027 asti');
    expect(list.text).toContain('https://www.lahella.fi/tapahtuma/42');
    // Another topic, another unit, no longer valid: not theirs.
    for (const other of ['Syöpäyhdistyksen luento', 'Kaakkurin omaishoitajat', 'Vain tämän päivän tilaisuus'])
      expect(list.text).not.toContain(other);
    expect(list.text).not.toContain('Ei ajastettuja eikä lähetettyjä tiedotteita');
    // No sender's section for staff: they send nothing.
    expect(list.text).not.toContain('Lähetetyt ja ajastetut tiedotteet');

    const theirs = await ask(kaakkuri, 'ajankohtaiset', 'Ajankohtaiset tiedotteet');
    expect(theirs.text).toContain('Kaakkurin omaishoitajat');
    expect(theirs.text).not.toContain('Omaishoitajien kahvila');

    const sv = await ask(
      kaakkuri,
      'aktuella organisationsmeddelanden',
      'Aktuella organisationsmeddelanden',
      'sv-FI',
    );
    expect(sv.text).toContain('Kaakkurin omaishoitajat');
    expect((await ask(noUnit, 'tiedotteet', 'Kerro ensin oma yksikkösi')).text).not.toContain(
      'Omaishoitajien',
    );
  });

  it('When more notices are valid than the list shows, then the newest come first and the card says how many there are', async () => {
    const reader = await staffAt('Tuiran Muistihoitaja', 'Tuira', 'muistisairaudet');
    for (let i = 1; i <= 12; i += 1) {
      now = new Date(START.getTime() + i * 60_000);
      await sent(liaison, notice(`Muistikahvila ${i}`, 'muistisairaudet'));
    }
    const list = await ask(reader, 'tiedotteet', 'Ajankohtaiset tiedotteet');
    expect(list.text).toContain('Muistikahvila 12');
    expect(list.text).toContain('Muistikahvila 3');
    expect(list.text).not.toContain('Muistikahvila 2\n');
    expect(list.text).toContain('Näkyvissä 10 uusinta, yhteensä 12.');
  });

  it('When a liaison asks for the notices, then they see what they sent and scheduled, and can cancel what is scheduled', async () => {
    await sent(liaison, notice('Päihdetyön verkosto', 'päihteet'));
    const scheduled = await act(
      liaison,
      'notice.preview',
      notice('Ajastettu päihdeluento', 'päihteet', { sendDate: '2026-12-01' }),
    );
    await act(liaison, 'notice.send', executes(scheduled).find((a) => a.verb === 'notice.send')!.data);
    const list = await ask(liaison, 'tiedotteet', 'Lähetetyt ja ajastetut tiedotteet');
    expect(list.text).toContain('Päihdetyön verkosto · lähetetään');
    expect(list.text).toContain('Ajastettu päihdeluento · ajastettu · 1.12.2026 klo 8.00');
    expect(executes(list.card).some((a) => a.verb === 'notice.cancel')).toBe(true);
  });

  it('When the form is drawn, then every checked field says what is wrong on the card, the link and image address included', async () => {
    const { card } = await ask(liaison, 'uusi tiedote', 'Uusi järjestötiedote');
    const inputs: Array<Record<string, unknown>> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const element = node as Record<string, unknown>;
      if (String(element.type).startsWith('Input.')) inputs.push(element);
      walk(element.body);
      walk(element.items);
    };
    walk(card);
    const checked = inputs.filter((i) => i.regex || i.isRequired || i.min !== undefined);
    expect(checked.map((i) => i.id)).toEqual(
      expect.arrayContaining(['title', 'link', 'imageUrl', 'remindAfterDays']),
    );
    for (const input of checked) expect([input.id, typeof input.errorMessage]).toEqual([input.id, 'string']);
    const link = inputs.find((i) => i.id === 'link')!;
    expect(link.errorMessage).toBe(
      'Linkki (esim. Lähellä.fi): osoitteen alussa pitää olla https:// tai http://.',
    );
    expect(new RegExp(String(link.regex)).test('www.lahella.fi/tapahtuma/1')).toBe(false);
    expect(new RegExp(String(link.regex)).test('https://www.lahella.fi/tapahtuma/1')).toBe(true);
    // The server says the same when a client does not check.
    // Drafts included: a refused preview stores none.
    const stored = async () =>
      (await silta.services.repos().notices.listNotSending())
        .filter((n) => n.state === 'draft')
        .map((n) => n.id);
    const before = await stored();
    const refused = textOf({
      attachments: [
        {
          content: await act(
            liaison,
            'notice.preview',
            notice('Ilman https:ää', 'nuoret', { link: 'www.lahella.fi/x' }),
          ),
        },
      ],
    });
    expect(refused).toContain('Linkki (esim. Lähellä.fi): osoitteen alussa pitää olla https:// tai http://.');
    expect(await stored()).toEqual(before);
  });

  it('When only a send date is given, then the notice goes out at 8.00 Helsinki time, in winter and in summer, and the form says so', async () => {
    const { text } = await ask(liaison, 'uusi tiedote', 'Uusi järjestötiedote');
    expect(text).toContain('Lähetysaika (tyhjä = klo 8.00 Suomen aikaa)');
    for (const [date, utc] of [
      ['2027-01-15', '2027-01-15T06:00:00.000Z'],
      ['2027-06-15', '2027-06-15T05:00:00.000Z'],
    ] as const) {
      const preview = await act(
        liaison,
        'notice.preview',
        notice(`Aamun tiedote ${date}`, 'nuoret', { sendDate: date, validUntil: '2027-06-30' }),
      );
      const id = String(executes(preview).find((a) => a.verb === 'notice.send')!.data.noticeId);
      expect((await silta.services.notices.get(id))!.sendAt).toBe(utc);
      expect(textOf({ attachments: [{ content: preview }] })).toMatch(
        /Lähetetään .* klo 8\.00 \(Suomen aikaa\)/,
      );
    }
  });

  it('When nobody would get the notice, then the preview warns and sending needs a confirmation; without it nothing is sent', async () => {
    const preview = await act(liaison, 'notice.preview', notice('Ravitsemusluento', 'ravitsemus'));
    const text = textOf({ attachments: [{ content: preview }] });
    expect(text).toContain('Tiedotteella ei ole nyt yhtään vastaanottajaa');
    expect(text).not.toContain('Vastaanottajia nyt: 0');
    // The only send button is the confirmation inside "Lähetä silti…".
    const sends = executes(preview).filter((a) => a.verb === 'notice.send');
    expect(sends.map((a) => a.data.emptyConfirmed)).toEqual([true]);
    expect(JSON.stringify(preview.actions)).toContain('Lähetä silti…');
    const id = String(sends[0]!.data.noticeId);

    // A click without the confirmation (a forged or old card) only shows the warning again.
    const unconfirmed = await act(liaison, 'notice.send', { noticeId: id });
    expect(textOf({ attachments: [{ content: unconfirmed }] })).toContain(
      'Tiedotteella ei ole nyt yhtään vastaanottajaa',
    );
    expect((await silta.services.notices.get(id))!.state).toBe('draft');
    expect(await silta.services.repos().outbox.list(id)).toEqual([]);

    const confirmed = await act(liaison, 'notice.send', sends[0]!.data);
    expect(textOf({ attachments: [{ content: confirmed }] })).toContain('Yhteensä 0');
    expect((await silta.services.notices.get(id))!.state).not.toBe('draft');

    // With someone to send to, the send button is a plain one again.
    const reader = await staffAt('Tuiran Ravitsemusterapeutti', 'Tuira', 'ravitsemus');
    const again = await act(liaison, 'notice.preview', notice('Ravitsemusluento 2', 'ravitsemus'));
    expect(textOf({ attachments: [{ content: again }] })).toContain('Vastaanottajia nyt: 1');
    expect(executeOf(again, 'notice.send').data.emptyConfirmed).toBeUndefined();
    expect(reader.name).toBe('Tuiran Ravitsemusterapeutti');
  });

  it("When the coordinator writes a notice, then they choose the level first and then from that level's own list", async () => {
    const { card } = await ask(coordinator, 'uusi tiedote', 'Uusi järjestötiedote');
    const inputs = new Map<string, Record<string, unknown>>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const element = node as Record<string, unknown>;
      if (String(element.type).startsWith('Input.')) inputs.set(String(element.id), element);
      walk(element.body);
    };
    walk(card);
    type Choices = Array<{ title: string; value: string }>;
    const choices = (id: string) => inputs.get(id)!.choices as Choices;
    expect(inputs.get('audienceKind')!.style).toBe('expanded');
    expect(choices('audienceKind').map((c) => c.title)).toEqual([
      'Valitut yksiköt',
      'Valitut kunnat',
      'Valitut alueet',
      'Koko hyvinvointialue',
    ]);
    const units = silta.services.notices.units();
    expect(choices('audienceIds').map((c) => c.value)).toEqual(units.map((u) => u.id));
    expect(
      choices('municipalityIds')
        .map((c) => c.value)
        .sort(),
    ).toEqual([...new Set(units.map((u) => u.municipality))].sort());
    expect(
      choices('areaIds')
        .map((c) => c.value)
        .sort(),
    ).toEqual([...new Set(units.map((u) => u.area))].sort());

    const form = notice('Kempeleen omaishoitajat', 'omaishoito', {
      audienceKind: 'municipalities',
      audienceIds: '',
    });
    const missing = await act(coordinator, 'notice.preview', form);
    expect(textOf({ attachments: [{ content: missing }] })).toContain('Kunnat: tieto puuttuu.');
    const preview = await act(coordinator, 'notice.preview', { ...form, municipalityIds: 'Kempele' });
    const id = String(executes(preview).find((a) => a.verb === 'notice.send')!.data.noticeId);
    expect((await silta.services.notices.get(id))!.audience).toEqual({
      kind: 'municipalities',
      ids: ['Kempele'],
    });
  });

  it('When staff choose their topics, then "all topics" and the NGO team are switches of their own, and stopping is not worded as an order', async () => {
    const person = user('Tuiran Sosiaaliohjaaja');
    await ask(person, 'oma yksikköni on Tuira', 'Tuira');
    const { card } = await ask(person, 'omat aiheet', 'Omat aiheet');
    const json = JSON.stringify(card);
    expect(json).toContain(
      '"type":"Input.Toggle","id":"allTopics","label":"Kaikki aiheet","title":"Haluan tiedotteet kaikista aiheista"',
    );
    expect(json).toContain(
      '"id":"ngoTeam","label":"Järjestöyhteistyötiimi","title":"Kuulun yksikköni järjestöyhteistyötiimiin"',
    );
    expect(executes(card).map((a) => a.title)).toEqual(['Tallenna', 'Lopeta aiheiden seuraaminen']);
    expect(json).not.toContain('Lopeta tilaus');

    await act(person, 'notice.subscribe', { topics: 'nuoret', allTopics: 'true', ngoTeam: 'true' });
    expect(await silta.services.profiles.get(person.aadObjectId)).toMatchObject({
      topics: ['nuoret'],
      allTopics: true,
      ngoTeam: true,
    });
    // A topics card posted before the switches sends them as flags: it still works.
    await act(person, 'notice.subscribe', { topics: 'nuoret', flags: 'ngoTeam' });
    expect(await silta.services.profiles.get(person.aadObjectId)).toMatchObject({
      allTopics: false,
      ngoTeam: true,
    });
    await act(person, 'notice.subscribe', { unsubscribe: true });
    expect(await silta.services.profiles.get(person.aadObjectId)).toMatchObject({
      topics: [],
      allTopics: false,
      ngoTeam: false,
    });
  });
});
