import { cardAction, message, post, textOf, type User } from '../support/activities';
import { ORDER_FORM, PEOPLE, allActions, button, liveOrderCards, type Card } from '../support/orderCards';
import { orderSteps } from '../support/orderSteps';
import { readDemoFiles } from '../../src/services/projectFiles';
import { startSilta, type TestSilta } from '../support/silta';
import { PNG } from 'pngjs';
import { BAR_CHART_HEIGHT, BAR_CHART_WIDTH } from '../../src/teams/charts/barChartPng';
import { TEAMS_LIMIT_BYTES, cardProblems, messageBytes } from '../support/cardValidity';

const { orderer, liaison, coordinator, other } = PEOPLE;
const START = new Date('2026-11-22T10:00:00Z');
let now = START;
const clock = () => now;
const setNow = (at: Date) => {
  now = at;
};

describe('Experience-expert order, end to end over HTTP (orderer, liaison, other staff, coordinator)', () => {
  let silta: TestSilta;
  let steps: ReturnType<typeof orderSteps>;
  let orderId = '';
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    steps = orderSteps(silta, setNow);
    await steps.greetEveryone();
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    now = START;
    orderId = '';
    silta.connector.clear();
  });

  const act = (from: User, verb: string, data: Record<string, unknown>, replyToId?: string) =>
    steps.act(from, verb, data, replyToId);
  const stored = () => silta.services.orders.get(orderId);
  const sentTo = (u: User) =>
    silta.connector.sent.filter((s) => s.conversationId === `a:personal-${u.aadObjectId}`);
  /** This test's order only: the messages and cards others' orders got at the same time are left out. */
  const aboutThisOrder = (card: Card) => JSON.stringify(card).includes(orderId);
  /** Each test's own order, made by the steps and then nothing sent yet. */
  const given = async (make: () => Promise<string>) => {
    orderId = await make();
    silta.connector.clear();
  };

  it('When the user asks to order, then the essentials come first with a label on every input and their unit filled in; the details on demand keep them and carry format checks', async () => {
    now = new Date('2026-11-22T22:30:00Z'); // already the 23rd in Helsinki
    await post(
      silta.url,
      message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url, from: orderer }),
    );
    await silta.connector.waitForCount(1);
    silta.connector.clear();
    await post(
      silta.url,
      message('tilaa kokemustoimija', { serviceUrl: silta.connector.url, from: orderer }),
    );
    const [reply] = await silta.connector.waitForCount(1);
    const form = reply!.activity.attachments![0]!.content as Card;
    const inputsOf = (card: Card) =>
      card.body.filter((e) => String((e as { type: string }).type).startsWith('Input.')) as Array<
        Record<string, unknown>
      >;
    // What, when, where and who pays; the contact person, language and other wishes come on demand.
    expect(inputsOf(form).map((e) => e.id)).toEqual([
      'unitId',
      'purpose',
      'themes',
      'date',
      'time',
      'durationMinutes',
      'mode',
      'address',
      'audienceSize',
      'description',
      'costCentre',
    ]);
    for (const input of inputsOf(form)) expect(input.label).toBeTruthy();
    const byId = (card: Card, id: string) => inputsOf(card).find((e) => e.id === id)!;
    expect(byId(form, 'unitId')).toMatchObject({ value: 'OU-TUI', style: 'filtered' });
    expect(byId(form, 'date').min).toBe('2026-11-23');
    expect(form.actions!.map((a) => a.title)).toEqual(['Lähetä tilaus', 'Yhteyshenkilö ja lisätiedot']);

    const toDetails = form.actions![1]!;
    const details = await act(orderer, toDetails.verb!, {
      ...toDetails.data,
      ...ORDER_FORM,
      contactName: undefined,
    });
    expect(inputsOf(details).map((e) => e.id)).toEqual([
      'contactName',
      'contactPerson',
      'contactEmail',
      'contactPhone',
      'language',
      'otherWishes',
    ]);
    expect(byId(details, 'contactName').value).toBe('Olli Tilaaja');
    expect(byId(details, 'contactPerson')['choices.data']).toEqual({
      type: 'Data.Query',
      dataset: 'graph.microsoft.com/users',
    });
    // A client without the people picker (Adaptive Cards 1.5) still has a choice: the user.
    expect(byId(details, 'contactPerson').choices).toEqual([
      { title: 'Olli Tilaaja (sinä)', value: orderer.aadObjectId },
    ]);
    for (const id of ['contactEmail', 'contactPhone']) {
      expect(byId(details, id).regex).toBeTruthy();
      expect(byId(details, id).errorMessage).toMatch(/ei kelpaa\.$/);
    }
    // The essentials travel in both buttons of the details, numbers as numbers.
    for (const action of details.actions!)
      expect(action.data).toMatchObject({ description: ORDER_FORM.description, durationMinutes: 90 });
    expect(cardProblems(form)).toEqual([]);
    expect(cardProblems(details)).toEqual([]);
    now = new Date('2026-11-22T10:00:00Z');
  });

  it('When the form has errors, then it comes back with the errors in Finnish and nothing is stored', async () => {
    const before = (await silta.services.orders.summary(2026)).summary.total;
    const card = await act(orderer, 'order.submit', {
      ...ORDER_FORM,
      date: '2026-01-01',
      themes: 'diagnoosi',
      costCentre: '',
    });
    const text = JSON.stringify(card);
    expect(text).toContain('Päivämäärä: ajankohta on jo mennyt.');
    expect(text).toContain('Teemat: valitse vaihtoehto listalta.');
    expect(text).toContain('Kustannuspaikka: tieto puuttuu.');
    expect((await silta.services.orders.summary(2026)).summary.total).toBe(before);
  });

  it('When a valid order is sent, then the liaison gets a card with buttons and the orderer a status card', async () => {
    const card = await act(orderer, 'order.submit', ORDER_FORM);
    expect(JSON.stringify(card)).toContain('Tila: Lähetetty');
    expect(JSON.stringify(card)).toContain('Tilaus on lähetetty järjestöyhdyshenkilölle');
    orderId = String(button(card, 'cancel')?.data?.orderId ?? '');
    expect(orderId).toMatch(/^[0-9a-f-]{36}$/);
    const toLiaison = await silta.connector.waitForCount(1);
    expect(toLiaison[0]!.conversationId).toBe(`a:personal-${liaison.aadObjectId}`);
    expect(toLiaison[0]!.activity.summary).toContain('Uusi kokemustoimijan tilaus: Tuiran hyvinvointikeskus');
    const liaisonCard = toLiaison[0]!.activity.attachments![0]!.content as Card;
    expect(button(liaisonCard, 'review')).toBeDefined();
    expect((await stored())!.liaisons.map((l) => l.name)).toEqual(['Noora Eskola']);
  });

  it('When another staff member or a forged id acts, then it is refused and the order is unchanged', async () => {
    await given(async () => (await steps.submitted()).orderId);
    const before = await stored();
    expect(JSON.stringify(await act(other, 'order.act', { orderId, action: 'review' }))).toContain(
      'Et voi tehdä tätä tässä tilauksessa',
    );
    expect(JSON.stringify(await act(orderer, 'order.act', { orderId, action: 'review' }))).toContain(
      'Et voi tehdä tätä tässä tilauksessa',
    );
    expect(
      JSON.stringify(
        await act(liaison, 'order.act', {
          orderId: '00000000-0000-4000-8000-000000000000',
          action: 'review',
        }),
      ),
    ).toContain('Tilausta ei löydy');
    expect(JSON.stringify(await act(liaison, 'order.act', { orderId, action: 'launchMissiles' }))).toContain(
      'Tilausta ei löydy',
    );
    expect(
      JSON.stringify(await act(liaison, 'order.act', { orderId, action: 'choose', expertId: 'KT-017' })),
    ).toContain('Et voi tehdä tätä tässä tilauksessa');
    const after = await stored();
    expect(after!._etag).toBe(before!._etag);
  });

  it('When the liaison and the coordinator take it into review at the same moment, then exactly one transition happens', async () => {
    await given(async () => (await steps.submitted()).orderId);
    const [a, b] = await Promise.all([
      act(liaison, 'order.act', { orderId, action: 'review' }),
      act(coordinator, 'order.act', { orderId, action: 'review' }),
    ]);
    const order = await stored();
    expect(order!.state).toBe('inReview');
    expect(order!.history.filter((h) => h.action === 'review')).toHaveLength(1);
    const texts = [JSON.stringify(a), JSON.stringify(b)];
    expect(texts.filter((t) => /Tämä on jo tehty|Joku ehti käsitellä/.test(t))).toHaveLength(1);
    expect(texts.every((t) => t.includes('Tila: Käsittelyssä'))).toBe(true);
  });

  it('When the liaison proposes experts, then the orderer is alerted and sees the candidates without names', async () => {
    await given(steps.inReview);
    const view = await act(liaison, 'order.act', { orderId, action: 'review' });
    expect(JSON.stringify(view)).toContain('Tämä on jo tehty');
    const propose = button(view, 'propose')!;
    const choices = JSON.stringify(view)
      .match(/"value":"(KT-\d+)"/g)!
      .map((m) => m.slice(9, -1));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    // The liaison sees why each expert is suggested (the order's theme is mielenterveys).
    expect(JSON.stringify(view)).toContain('(sopiva teema');
    const card = await act(liaison, 'order.act', {
      ...propose.data,
      expertIds: choices.slice(0, 2).join(','),
    });
    expect(JSON.stringify(card)).toContain('Tila: Ehdokkaat valittavissa');
    // The orderer keeps one card (the form they sent became it): it is updated to offer the choice, and
    // the alert is one line of text (docs/orders.md §6.1), never a second card with live buttons.
    const alert = sentTo(orderer).find(
      (s) =>
        s.activity.text === 'Tilaukseenne (10.12.2026) on ehdotettu kokemustoimijaehdokkaita. Valitse yksi.',
    )!;
    expect(alert.activity.summary).toBe(alert.activity.text);
    expect(alert.activity.attachments).toBeUndefined();
    const live = liveOrderCards(silta.connector.sent, `a:personal-${orderer.aadObjectId}`, orderId);
    expect(live).toHaveLength(1);
    const orderersCard = live[0]!;
    expect(button(orderersCard, 'choose')).toBeDefined();
    const experts = silta.services.orders.experts();
    for (const id of choices.slice(0, 2))
      expect(JSON.stringify(orderersCard)).not.toContain(experts.find((e) => e.id === id)!.name);
  });

  it('When the team chooses, the first expert declines and the second accepts, then the order is confirmed with contacts', async () => {
    await given(steps.candidatesProposed);
    const order = await stored();
    const [first, second] = order!.candidates;
    await act(orderer, 'order.act', { orderId, action: 'choose', expertId: first });
    expect((await stored())!.offeredTo).toBe(first);
    expect(sentTo(liaison).map((s) => s.activity.text)).toContain(
      'Tiimi valitsi ehdokkaan tilaukseen (Tuiran hyvinvointikeskus, 10.12.2026). Kysy kokemustoimijalta, ottaako hän tehtävän, ja kirjaa vastaus.',
    );

    const declined = await act(liaison, 'order.act', {
      orderId,
      action: 'answer',
      accepted: 'false',
      expertId: first,
    });
    // A double click on the same "declined" button must not decline the next candidate too.
    const doubleClick = await act(liaison, 'order.act', {
      orderId,
      action: 'answer',
      accepted: 'false',
      expertId: first,
    });
    expect((await stored())!).toMatchObject({ state: 'offered', offeredTo: second, declined: [first] });
    expect(JSON.stringify(doubleClick)).toContain('Tila: Tarjottu kokemustoimijalle');
    expect((await stored())!).toMatchObject({ state: 'offered', offeredTo: second, declined: [first] });
    expect(JSON.stringify(declined)).toContain('Kieltäytyneet: 1');

    silta.connector.clear();
    await act(liaison, 'order.act', { orderId, action: 'answer', accepted: 'true' });
    const confirmed = await stored();
    const expert = silta.services.orders.experts().find((e) => e.id === second)!;
    expect(confirmed!.state).toBe('confirmed');
    expect(confirmed!.confirmedExpert?.email).toBe(expert.email);
    const updates = silta.connector.sent.filter((s) => s.method === 'PUT');
    const ordererUpdate = updates.find((s) => s.conversationId === `a:personal-${orderer.aadObjectId}`);
    expect(JSON.stringify(ordererUpdate?.activity)).toContain(expert.email!);
    expect(JSON.stringify(ordererUpdate?.activity)).toContain('Perehdytysmateriaali');
  });

  it('When the confirmed order is acted on as if it were still offered, then it is refused with the current state', async () => {
    await given(steps.confirmed);
    const before = await stored();
    const card = await act(orderer, 'order.act', {
      orderId,
      action: 'choose',
      expertId: before!.candidates[0],
    });
    expect(JSON.stringify(card)).toContain('Tilaus on nyt tilassa ”Vahvistettu”');
    expect((await stored())!._etag).toBe(before!._etag);
  });

  it('When the event is over, then the scheduler marks it held and the orderer gets a feedback card; feedback closes the loop', async () => {
    await given(steps.confirmed);
    now = new Date('2026-12-10T12:00:00Z');
    await silta.server.runJobs();
    expect((await stored())!.state).toBe('held');
    // One line of text, and the orderer's one card now carries the feedback form.
    expect(sentTo(orderer).map((s) => s.activity.text)).toContain(
      'Miten kokemustoimijan osuus tilaisuudessanne (10.12.2026) onnistui? Anna palaute.',
    );
    const live = liveOrderCards(silta.connector.sent, `a:personal-${orderer.aadObjectId}`, orderId);
    expect(live).toHaveLength(1);
    const feedbackCard = live[0]!;
    const give = button(feedbackCard, 'feedback')!;
    await act(orderer, 'order.act', {
      ...give.data,
      role: 'orderer',
      rating_usefulness: '5',
      rating_content: '4',
      text: 'Erinomainen puheenvuoro',
    });
    // The liaison records the expert's feedback with the form on the card Silta keeps current in their chat.
    const liaisonsCard = sentTo(liaison)
      .filter((s) => s.method === 'PUT')
      .map((s) => s.activity.attachments![0]!.content as Card)
      .filter(aboutThisOrder)
      .at(-1)!;
    const feedbackButtons = allActions(liaisonsCard).filter((a) => a.data?.action === 'feedback');
    expect(feedbackButtons).toHaveLength(1);
    // The expert's form asks the expert's questions, not the team's.
    const expertForm = JSON.stringify(
      allActions(liaisonsCard).find((a) => a.card?.actions.includes(feedbackButtons[0]!)),
    );
    expect(expertForm).toContain('Tehtävä oli mielekäs');
    expect(expertForm).not.toContain('Osuus hyödytti työtämme');
    const recorded = await act(liaison, 'order.act', {
      ...feedbackButtons[0]!.data,
      rating_usefulness: '5',
      rating_arrangements: '4',
    });
    expect(JSON.stringify(recorded)).not.toContain('Et voi tehdä tätä tässä tilauksessa');
    expect((await stored())!.feedback.expert?.ratings).toEqual({ usefulness: 5, arrangements: 4 });
    const forged = await act(other, 'order.act', {
      orderId,
      action: 'feedback',
      role: 'orderer',
      rating_usefulness: '1',
    });
    expect(JSON.stringify(forged)).toContain('Et voi tehdä tätä tässä tilauksessa');
    await act(liaison, 'order.act', { orderId, action: 'close' });
    const closed = await stored();
    expect(closed!.state).toBe('closed');
    expect(closed!.feedback.orderer?.ratings).toEqual({ usefulness: 5, content: 4 });
    expect(closed!.history.map((h) => h.to)).toEqual([
      'inReview',
      'candidatesProposed',
      'offered',
      'offered',
      'confirmed',
      'held',
      'feedbackReceived',
      'feedbackReceived',
      'closed',
    ]);
  });

  it('When the history is asked for, then the involved see it and others do not', async () => {
    await given(async () => (await steps.submitted()).orderId);
    expect(JSON.stringify(await act(orderer, 'order.history', { orderId }))).toContain('Käsittelyhistoria');
    expect(JSON.stringify(await act(other, 'order.history', { orderId }))).toContain(
      'Et voi tehdä tätä tässä tilauksessa',
    );
  });

  it('When the unit has no centre liaison, then the order goes to the regional coordinator and the orderer is told so', async () => {
    const card = await act(orderer, 'order.submit', { ...ORDER_FORM, unitId: 'UT-UTA', date: '2027-02-15' });
    expect(JSON.stringify(card)).toContain(
      'Yksiköllä ei ole järjestöyhdyshenkilöä, joten tilaus on lähetetty alueelliselle koordinaattorille.',
    );
    const regionalId = String(button(card, 'cancel')?.data?.orderId ?? '');
    const routed = (await silta.services.orders.get(regionalId))!;
    expect(routed.routedTo).toBe('regional');
    const answer = silta.services.directory.answerForUnit('UT-UTA');
    expect(answer.kind === 'unit' && answer.liaisons).toEqual([]);
    expect(routed.liaisons.map((l) => l.name)).toEqual(
      answer.kind === 'unit' ? answer.regional.map((p) => p.name) : ['(not a unit)'],
    );
    expect(routed.liaisons.length).toBeGreaterThan(0);
  });
});

/** The summary and the purge look at every order of a year: each test has a Silta of its own. */
describe('Orders over a year: the summary and the purge', () => {
  let silta: TestSilta;
  let steps: ReturnType<typeof orderSteps>;
  beforeEach(async () => {
    now = START;
    silta = await startSilta({}, clock);
    steps = orderSteps(silta, setNow);
    await steps.greetEveryone();
  });
  afterEach(() => silta.stop());

  it('When the coordinator asks for the yearly summary, then it has counts, ratings, a chart and a working CSV link; others are refused', async () => {
    const orderId = await steps.closed();
    silta.connector.clear();
    // The answer to the question (a reply to it), not a scheduled reminder sent meanwhile.
    const answerTo = async (question: { id: string }) => {
      for (let i = 0; i < 100; i += 1) {
        const found = silta.connector.sent.find(
          (s) => s.activity.type === 'message' && s.activity.replyToId === question.id,
        );
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('no message arrived');
    };
    const refused = message('yhteenveto 2026', { serviceUrl: silta.connector.url, from: other });
    await post(silta.url, refused);
    expect((await answerTo(refused)).activity.text).toContain('järjestötyön koordinaattori');
    silta.connector.clear();
    const asked = message('yhteenveto 2026', { serviceUrl: silta.connector.url, from: coordinator });
    await post(silta.url, asked);
    const reply = await answerTo(asked);
    const text = textOf(reply!.activity);
    expect(text).toContain('Kokemustoimijoiden tilaukset 2026');
    expect(text).toContain('Tilauksia yhteensä: 1');
    expect(text).toContain('Tilaukset lasketaan tilaisuuden päivämäärän mukaan, ei tilauspäivän.');
    expect(text).toContain('Tuiran hyvinvointikeskus: 1'); // counts by centre name the unit, not its id
    expect(text).not.toContain('OU-TUI');
    expect(text).toContain('Tilaajien arviot (keskiarvo 1–5, palautteita 1)');
    expect(text).toContain('Osuus hyödytti työtämme: 5,0 · Sisältö vastasi tarvettamme: 4,0');
    expect(text).toContain('Kokemustoimijoiden arviot (keskiarvo 1–5, palautteita 1)');
    expect(text).toContain('Tehtävä oli mielekäs: 5,0 · Järjestelyt sujuivat: 4,0');
    // The chart: Teams' bar chart of the months, with a PNG behind a link for clients without charts.
    const summaryCard = reply.activity.attachments![0]!.content as { body: Array<Record<string, unknown>> };
    expect(cardProblems(summaryCard)).toEqual([]);
    expect(messageBytes(reply.activity)).toBeLessThan(TEAMS_LIMIT_BYTES);
    const chart = summaryCard.body.find((e) => e.type === 'Chart.VerticalBar') as {
      title: string;
      data: Array<{ x: string; y: number }>;
      fallback: { type: string; url: string; altText: string };
    };
    expect(chart.title).toBe('Tilaukset kuukausittain 2026');
    expect(chart.data).toHaveLength(12);
    expect(chart.data.reduce((sum, bar) => sum + bar.y, 0)).toBe(1);
    expect(chart.fallback).toMatchObject({ type: 'Image' });
    expect(chart.fallback.altText).toMatch(/^Tilaukset kuukausittain 2026: tammikuu \d+, helmikuu \d+, /);
    const png = await fetch(chart.fallback.url.replace(/^http:\/\/localhost:\d+/, silta.url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect([image.width, image.height]).toEqual([BAR_CHART_WIDTH, BAR_CHART_HEIGHT]);
    const csvUrl = /(http:\/\/localhost:\d+\/exports\/[^"\s]+\.csv)/.exec(
      JSON.stringify(reply!.activity),
    )![1]!;
    const res = await fetch(csvUrl.replace(/^http:\/\/localhost:\d+/, silta.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = (await res.text())
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(';'));
    const row = rows.find((r) => r[0] === orderId)!;
    expect(row[header!.indexOf('toimipiste')]).toBe('Tuiran hyvinvointikeskus');
    expect(row[header!.indexOf('toimipisteen_tunnus')]).toBe('OU-TUI');
    expect(row[header!.indexOf('tilaisuus')]).toBe('2026-12-10 10:00');
    expect(row[header!.indexOf('tila')]).toBe('suljettu');
    expect(row[header!.indexOf('tilaajan_arvio_sisalto')]).toBe('4');
    expect(row[header!.indexOf('kokemustoimijan_arvio_jarjestelyt')]).toBe('4');
    expect((await fetch(`${silta.url}/exports/00000000-0000-4000-8000-000000000000/x.csv`)).status).toBe(404);
  });

  it('When the retention period has passed, then the scheduled job purges personal data of closed and of forgotten orders', async () => {
    const orderId = await steps.closed();
    const regionalId = (await steps.submitted({ ...ORDER_FORM, unitId: 'UT-UTA', date: '2027-02-15' }))
      .orderId;
    const total = (await silta.services.orders.summary(2026)).summary.total;
    expect((await silta.services.orders.get(regionalId))!.state).toBe('submitted'); // never handled
    now = new Date('2029-06-01T09:00:00Z'); // more than 24 months after both events
    await silta.server.runJobs();
    for (const id of [orderId, regionalId]) {
      const purged = (await silta.services.orders.get(id))!;
      expect(purged.purgedAt).toBeDefined();
      expect(JSON.stringify(purged)).not.toContain(orderer.name);
      // The audit trail keeps the transitions only: no actor ids, no notes.
      const trail = JSON.stringify(await silta.services.repos().audit.list(`order:${id}`));
      for (const person of [orderer, liaison]) expect(trail).not.toContain(person.aadObjectId);
    }
    const after = await silta.services.orders.summary(2026);
    expect(after.summary.total).toBe(total); // the yearly summary still counts them
    expect(after.csv).not.toContain(orderer.name);
  });
});

describe('An order for a unit nobody covers', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, () => new Date('2026-11-22T10:00:00Z'));
    // The register without a regional coordinator for Oulunkaari (Utajärvi has no centre liaison either).
    const files = readDemoFiles().map((file) =>
      file.name === 'yhdyshenkilot.csv'
        ? {
            name: file.name,
            bytes: Buffer.from(
              Buffer.from(file.bytes)
                .toString('utf8')
                .replace('alue;Koillismaa|Oulunkaari;', 'alue;Koillismaa;'),
            ),
          }
        : file,
    );
    expect((await silta.services.register.importNow(files, 'test')).kind).toBe('applied');
  });
  afterAll(() => silta.stop());

  it('When the unit has neither a centre liaison nor a regional coordinator, then the orderer is told whom to contact and nothing is stored', async () => {
    const res = await post(silta.url, {
      ...cardAction(
        'order.submit',
        { ...ORDER_FORM, unitId: 'UT-UTA' },
        { serviceUrl: silta.connector.url, from: orderer },
      ),
      replyToId: 'card-message-1',
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(
      'Yksikölle ei löydy järjestöyhdyshenkilöä eikä alueellista koordinaattoria, joten tilausta ei voitu lähettää.',
    );
    expect((await silta.services.orders.summary(2026)).summary.total).toBe(0);
  });
});
