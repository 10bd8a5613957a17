import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDemoFiles } from '../../src/services/projectFiles';
import { cardAction, message, post, textOf, user } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

/** The day the example questions were written for (kysymykset-dev.jsonl). */
const clock = () => new Date('2026-11-22T10:00:00Z');

interface DevCase {
  q: string;
  locale: string;
  kind: string;
  expect: string[];
  forbid: string[];
  any_of?: string[];
  min_any?: number;
}
const devCases = readFileSync(path.join(__dirname, '../fixtures/kysymykset-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as DevCase);

type Card = {
  body: unknown[];
  actions?: Array<{ title: string; verb: string; data: Record<string, unknown> }>;
};
const cardOf = (activity: { attachments?: Array<{ content: unknown }> }) =>
  activity.attachments?.[0]?.content as Card;
const invokeCard = (body: unknown) => (body as { value: Card }).value;

/** Every Action.Execute in a card, wherever it sits (ActionSets in the body or the card's actions). */
function executes(card: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (v.type === 'Action.Execute') found.push(v as never);
      Object.values(v).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('Liaison questions through the real bot over HTTP', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  async function ask(text: string, locale = 'fi-FI', from = user('Kysyjä')) {
    const res = await post(silta.url, message(text, { serviceUrl: silta.connector.url, locale, from }));
    expect(res.status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    silta.connector.clear();
    return reply!.activity;
  }

  it.each(devCases.map((c) => [c.q, c] as const))(
    'When asked "%s", then the card names the right people',
    async (_q, c) => {
      const reply = await ask(c.q, c.locale);
      const text = textOf(reply);
      for (const email of c.expect) expect(text).toContain(email);
      for (const email of c.forbid) expect(text).not.toContain(email);
      if (c.kind === 'disambiguate') {
        const titles = executes(cardOf(reply)).map((action) => action.title);
        expect(
          c.any_of!.filter((word) => titles.some((title) => title.includes(word))).length,
        ).toBeGreaterThanOrEqual(c.min_any!);
      }
      if (c.kind === 'outside') expect(text).toMatch(/ei kuulu|hör inte|not in/);
    },
  );

  /** The questions an audit found answered wrongly, with the people a right answer names and must not. */
  const audited: Array<[string, string, string[], string[]]> = [
    [
      'Pohjois-Pohjanmaan hyvinvointialueen Kempeleen sote-keskuksen yhdyshenkilö',
      'fi-FI',
      ['timo.tuomela@pohde.example'],
      ['aino.ahola@pohde.example'],
    ],
    [
      'Kuka on hyvinvointialueen järjestöyhdyshenkilö Kempeleessä?',
      'fi-FI',
      ['timo.tuomela@pohde.example'],
      ['aino.ahola@pohde.example'],
    ],
    [
      'Raahen kaupungin sote-keskuksen yhdyshenkilö',
      'fi-FI',
      ['arto.vahakangas@pohde.example', 'sirpa.huhta@raahe.example'],
      [],
    ],
    [
      'Kempeleen kunnan yhdyshenkilö',
      'fi-FI',
      ['kimmo.kinnunen@kempele.example'],
      ['timo.tuomela@pohde.example'],
    ],
    [
      'Kuka on Oulaisten sairaalan yhdyshenkilö',
      'fi-FI',
      ['lauri.tapio@pohde.example'],
      ['kalle.saarela@pohde.example'],
    ],
    ['Who is the liaison for elderly services?', 'en-US', ['juho.mattila@pohde.example'], []],
    ['Vem är kontaktperson för äldreomsorgen?', 'sv-FI', ['juho.mattila@pohde.example'], []],
    ['Who is the NGO coordinator?', 'en-US', ['aino.ahola@pohde.example'], []],
    ['NGO work coordinator', 'en-US', ['aino.ahola@pohde.example'], []],
    ['Vem är kontaktperson för universitetssjukhuset?', 'sv-FI', ['lauri.tapio@pohde.example'], []],
    ['Vem är områdeskoordinator i Kuusamo?', 'sv-FI', ['anu.toivonen@pohde.example'], []],
    ['regionkoordinator för Brahestad', 'sv-FI', ['tiina.nieminen@pohde.example'], []],
    ['Ijos hälsocentral', 'sv-FI', ['paula.kuusela@pohde.example'], []],
    ['Iis hälsocentral', 'sv-FI', ['paula.kuusela@pohde.example'], []],
    ["Ii's health centre", 'en-US', ['paula.kuusela@pohde.example'], []],
  ];
  it.each(audited)(
    'When asked "%s" (%s), then the card names the right people',
    async (q, locale, yes, no) => {
      const text = textOf(await ask(q, locale));
      for (const email of yes) expect(text).toContain(email);
      for (const email of no) expect(text).not.toContain(email);
    },
  );

  it('When a service area is answered in Swedish or English, then its name is in that language', async () => {
    expect(textOf(await ask('Vem är kontaktperson för äldreomsorgen?', 'sv-FI'))).toContain(
      'Tjänster för äldre',
    );
    expect(textOf(await ask('Who is the liaison for elderly services?', 'en-US'))).toContain(
      'Services for older people',
    );
    expect(textOf(await ask('Ikäihmisten palveluiden yhdyshenkilö', 'fi-FI'))).toContain(
      'Ikäihmisten palvelut',
    );
  });

  it('When an answer card is shown, then e-mail is a mailto link, phone a tel link and Teams users get a chat link', async () => {
    const reply = await ask('Tuiran yhdyshenkilö');
    const json = JSON.stringify(cardOf(reply));
    expect(json).toContain('"url":"mailto:noora.eskola@pohde.example"');
    expect(json).toContain('"url":"tel:+358405551703"');
    expect(json).toContain('https://teams.microsoft.com/l/chat/0/0?users=noora.eskola%40pohde.example');
    // Municipal liaisons have no AAD object id: no chat link for them.
    expect(json).not.toContain('users=teemu.palo');
    expect(JSON.stringify(reply)).toMatch(/"version":"1\.5"/);
  });

  it('When the user clicks a unit on the choice card, then the answer for that unit replaces it', async () => {
    const reply = await ask('Oulun sote-keskuksen järjestöyhdyshenkilö?');
    const tuira = executes(cardOf(reply)).find((action) => action.title.startsWith('Tuiran'));
    expect(tuira).toBeDefined();
    const res = await post(
      silta.url,
      cardAction(tuira!.verb, tuira!.data, { serviceUrl: silta.connector.url }),
    );
    expect(res.status).toBe(200);
    expect(textOf({ attachments: [{ content: invokeCard(res.body) }] })).toContain(
      'noora.eskola@pohde.example',
    );
  });

  it('When a card action carries a unit id that is not in the register, then a polite card answers and nothing is stored', async () => {
    const from = user('Väärentäjä');
    const res = await post(
      silta.url,
      cardAction('directory.setMyUnit', { unitId: 'XX-NOPE' }, { serviceUrl: silta.connector.url, from }),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Yksikköä ei löydy rekisteristä');
    expect(await silta.services.repos().profiles.get(from.aadObjectId)).toBeUndefined();
  });

  it('When a user sets "oma yksikköni on Tuira", then "kuka on meidän yhdyshenkilö?" answers for Tuira', async () => {
    const from = user('Tuiran Hoitaja');
    expect(textOf(await ask('kuka on meidän yhdyshenkilö?', 'fi-FI', from))).toContain(
      'Kerro ensin oma yksikkösi',
    );
    expect(textOf(await ask('oma yksikköni on Tuira', 'fi-FI', from))).toContain('Tuiran hyvinvointikeskus');
    expect((await silta.services.repos().profiles.get(from.aadObjectId))?.unitId).toBe('OU-TUI');
    expect(textOf(await ask('kuka on meidän yhdyshenkilö?', 'fi-FI', from))).toContain(
      'noora.eskola@pohde.example',
    );
  });

  it('When a user with no unit asks for their liaison, then the answer lets them pick the unit, which saves it and answers', async () => {
    for (const [question, locale, says] of [
      ['kuka on meidän yhdyshenkilö', 'fi-FI', 'Kerro ensin oma yksikkösi'],
      ['vem är vår kontaktperson?', 'sv-SE', 'Ange först din enhet'],
      ['who is our liaison', 'en-US', 'First tell me your unit'],
    ] as const) {
      const from = user('Yksiköttä Oleva');
      const reply = await ask(question, locale, from);
      expect(textOf(reply)).toContain(says);
      const picker = JSON.stringify(cardOf(reply));
      expect(picker).toContain('"type":"Input.ChoiceSet","id":"unitId"');
      expect(picker).toContain('"value":"OU-TUI"');
      const setMine = executes(cardOf(reply)).find((action) => action.verb === 'directory.setMyUnit');
      expect(setMine).toBeDefined();
      // Teams sends the chosen unit with the button's data.
      const res = await post(
        silta.url,
        cardAction(
          setMine!.verb,
          { ...setMine!.data, unitId: 'OU-TUI' },
          { serviceUrl: silta.connector.url, from, locale },
        ),
      );
      expect(res.status).toBe(200);
      expect(textOf({ attachments: [{ content: invokeCard(res.body) }] })).toContain(
        'noora.eskola@pohde.example',
      );
      expect((await silta.services.repos().profiles.get(from.aadObjectId))?.unitId).toBe('OU-TUI');
    }
  });

  it('When the user presses "set as my unit" on an answer, then it is stored and confirmed on the card', async () => {
    const from = user('Kempeleen Hoitaja');
    const reply = await ask('Kempeleen yhdyshenkilö', 'fi-FI', from);
    const setMine = executes(cardOf(reply)).find((action) => action.verb === 'directory.setMyUnit');
    const res = await post(
      silta.url,
      cardAction(setMine!.verb, setMine!.data, { serviceUrl: silta.connector.url, from }),
    );
    expect(JSON.stringify(res.body)).toContain('Oma yksikkösi on nyt Kempeleen sote-keskus');
    expect((await silta.services.repos().profiles.get(from.aadObjectId))?.unitId).toBe('KE-KEM');
  });

  it('When a place is not recognised, then the reply says what was not understood and offers close units', async () => {
    const reply = await ask('Kuka on Kaakurri yhdyshenkilö?');
    expect(textOf(reply)).toContain('”Kaakurri”');
    expect(executes(cardOf(reply)).map((action) => action.title)).toContain('Kaakkurin hyvinvointikeskus');
  });

  it("When a place is unknown, then it is echoed in the asker's own spelling and case", async () => {
    // A made-up place (Kuusikylän from the review now reads as Uusikylä, a place outside the county).
    expect(textOf(await ask('Kuka on Qwertylän yhdyshenkilö?'))).toContain(
      'En löytänyt paikkaa ”Qwertylän”.',
    );
    expect(textOf(await ask('kuka on QWERTYLÄN yhdyshenkilö'))).toContain('En löytänyt paikkaa ”QWERTYLÄN”.');
    expect(textOf(await ask('Vem är kontaktperson i Qwertylä?', 'sv-FI'))).toContain(
      'Jag hittade ingen ort ”Qwertylä”.',
    );
  });

  it('When a Swedish or English user asks, then the card is in their language', async () => {
    expect(textOf(await ask('Vem är kontaktperson i Brahestad?', 'sv-SE'))).toContain(
      'Organisationskontaktperson',
    );
    expect(textOf(await ask('Who is the NGO liaison in Kempele?', 'en-US'))).toContain('NGO liaison');
  });
});

describe('Register text is shown as text', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
  });
  afterAll(() => silta.stop());

  it('When a name in the CSV holds markdown or HTML, then the card shows it verbatim in plain-text runs', async () => {
    const files = readDemoFiles().map((file) => {
      if (file.name !== 'yhdyshenkilot.csv') return file;
      const text = Buffer.from(file.bytes)
        .toString('utf8')
        .replace('Noora Eskola', '**Noora** <b>Eskola</b> [x](http://evil.example)');
      return { name: file.name, bytes: Buffer.from(text, 'utf8') };
    });
    const result = await silta.services.register.importNow(files, 'test');
    expect(result.kind).toBe('applied');
    await post(silta.url, message('Tuiran yhdyshenkilö', { serviceUrl: silta.connector.url }));
    const [reply] = await silta.connector.waitForCount(1);
    const json = JSON.stringify(cardOf(reply!.activity));
    expect(json).toContain('"type":"TextRun","text":"**Noora** <b>Eskola</b> [x](http://evil.example)"');
    expect(json).not.toContain('"TextBlock"');
  });
});
