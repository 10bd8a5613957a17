import { cardAction, message, post, textOf, user, type User } from '../support/activities';
import { replyTo, startSilta, type TestSilta } from '../support/silta';
import { executeOf } from '../support/noticeCards';
import { eventually } from '../support/wait';

const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b'); // Tuira centre liaison
const coordinator = user('Aino Ahola', 'd9f2c053-ec66-5a22-9101-1ee88715a060');
const subscriber = user('Tuiran Hoitaja', '0b0b0b0b-2222-4222-8222-000000000001');
const ngoTeamMember = user('Diabeteshoitaja', '0b0b0b0b-2222-4222-8222-000000000002');
const otherTopic = user('Syöpähoitaja', '0b0b0b0b-2222-4222-8222-000000000003');
const otherUnit = user('Kaakkurin Hoitaja', '0b0b0b0b-2222-4222-8222-000000000004');
const staff = user('Tavallinen Työntekijä', '0b0b0b0b-2222-4222-8222-000000000005');
// In Tuira's NGO team without topics of their own: every notice of the unit reaches them.
const wholeTeamMember = user('Hyte-koordinaattori', '0b0b0b0b-2222-4222-8222-000000000006');

const START = new Date('2026-11-22T10:00:00Z');
let now = START;
const clock = () => now;
const conv = (u: User) => `a:personal-${u.aadObjectId}`;

const NOTICE = {
  title: 'Diabetesyhdistyksen vertaisryhmä',
  text: 'Vertaisryhmä kokoontuu **torstaisin** Tuiran seurakuntatalolla.',
  ngo: 'Oulun Diabetesyhdistys ry',
  link: 'https://www.lahella.fi/tapahtuma/123',
  topics: 'diabetes',
  audienceKind: 'units',
  audienceIds: 'OU-TUI',
  validUntil: '2027-02-28',
};

/** The coordinator's own reminder: every 1st of the month at 9.00 to all liaisons. */
const REMINDER = {
  title: 'Koulutuspäivä',
  text: 'Muistathan kuun alun koulutuspäivän.',
  audience: 'allLiaisons',
  rhythm: 'dayOfMonth',
  day: '1',
  months: '',
  time: '09:00',
};

type Card = { body: unknown[]; actions?: Array<{ verb?: string; data?: Record<string, unknown> }> };

/** A card action by `from` in their personal chat, answered with a card. */
const actOn =
  (silta: TestSilta) =>
  async (from: User, verb: string, data: Record<string, unknown>, replyToId = 'preview-message') => {
    const res = await post(silta.url, {
      ...cardAction(verb, data, { serviceUrl: silta.connector.url, from }),
      replyToId,
    });
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  };

describe('NGO notices over HTTP: compose, preview, send now or at a time, delivery and report', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    const say = async (u: User, text: string) => {
      silta.connector.clear();
      await post(silta.url, message(text, { serviceUrl: silta.connector.url, from: u }));
      await silta.connector.waitForCount(1);
    };
    const act = (u: User, verb: string, data: Record<string, unknown>) =>
      post(silta.url, cardAction(verb, data, { serviceUrl: silta.connector.url, from: u }));
    for (const [u, unit] of [
      [subscriber, 'Tuira'],
      [ngoTeamMember, 'Tuira'],
      [otherTopic, 'Tuira'],
      [otherUnit, 'Kaakkuri'],
      [wholeTeamMember, 'Tuira'],
    ] as const) {
      await say(u, `oma yksikköni on ${unit}`);
    }
    await act(subscriber, 'notice.subscribe', { topics: 'diabetes,mielenterveys' });
    await act(ngoTeamMember, 'notice.subscribe', { topics: 'diabetes', flags: 'ngoTeam' });
    await act(otherTopic, 'notice.subscribe', { topics: 'syöpä' });
    await act(otherUnit, 'notice.subscribe', { topics: 'diabetes' });
    await act(wholeTeamMember, 'notice.subscribe', { topics: '', flags: 'ngoTeam' });
    await say(liaison, 'apua');
    // Tuira's notice board: a team channel registered by the liaison, from a reply thread of it
    // (Teams then adds ";messageid=" to the conversation id; notices must start new posts instead).
    const channel = {
      serviceUrl: silta.connector.url,
      from: liaison,
      conversationId: '19:tuira-board@thread.tacv2;messageid=1700000000000',
    };
    const inChannel = (activity: Record<string, unknown>) => ({
      ...activity,
      conversation: {
        id: channel.conversationId,
        conversationType: 'channel',
        tenantId: '11111111-2222-3333-4444-555555555555',
      },
      channelData: { channel: { id: '19:tuira-board@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
    });
    await post(silta.url, inChannel(message('rekisteröi ilmoitustaulu', channel)));
    await post(silta.url, inChannel(cardAction('notice.board', { unitId: 'OU-TUI' }, channel)));
  });
  afterAll(() => silta.stop());
  beforeEach(() => {
    now = START;
    silta.connector.clear();
  });

  const act = (from: User, verb: string, data: Record<string, unknown>, replyToId?: string) =>
    actOn(silta)(from, verb, data, replyToId);
  /** A notice sent now and delivered to everyone (its report card final), then nothing sent yet. */
  async function delivered(notice: Record<string, unknown>): Promise<void> {
    const preview = await act(liaison, 'notice.preview', notice);
    const send = preview.actions!.find((a) => a.verb === 'notice.send')!.data!;
    await act(liaison, 'notice.send', send, 'sent-notice-card');
    const reported = (s: (typeof silta.connector.sent)[number]) =>
      s.method === 'PUT' &&
      s.path.endsWith('/sent-notice-card') &&
      textOf(s.activity).includes('lähetetty 4');
    await eventually(() => silta.connector.sent.some(reported), 'the notice was not delivered', 15_000);
    silta.connector.clear();
  }
  /** Notices past the draft stage, and deliveries in the outbox. */
  const queued = async () => {
    const list = await silta.services.repos().notices.list();
    let deliveries = 0;
    for (const n of list) deliveries += (await silta.services.repos().outbox.list(n.id)).length;
    return { notices: list.filter((n) => n.state !== 'draft' && n.state !== 'cancelled').length, deliveries };
  };

  it('When a staff member without a liaison role asks for the form, then Silta says who can send', async () => {
    expect(
      (await replyTo(silta, message('uusi tiedote', { serviceUrl: silta.connector.url, from: staff })))
        .activity.text,
    ).toContain('Tiedotteita voivat lähettää');
  });

  it('When the notice has bad input, then each problem is named and nothing is queued', async () => {
    const before = await queued();
    const card = await act(liaison, 'notice.preview', {
      ...NOTICE,
      title: '',
      link: 'javascript:alert(1)',
      topics: 'diabetes,horoskoopit',
      sendDate: '2026-11-01',
      sendTime: '08:00',
    });
    const text = JSON.stringify(card);
    expect(text).toContain('Otsikko: tieto puuttuu.');
    expect(text).toContain('Linkki (esim. Lähellä.fi): osoitteen alussa pitää olla https:// tai http://.');
    expect(text).toContain('Aiheet: valitse aiheet listalta.');
    expect(text).toContain('Lähetyspäivä (tyhjä = heti): ajankohta on jo mennyt.');
    expect(await queued()).toEqual(before);
  });

  it('When a liaison addresses a unit they do not cover, or a staff member forges a preview, then it is refused', async () => {
    // Each refusal says why, and nothing is stored as a draft.
    const before = await silta.services.notices.list(liaison.aadObjectId);
    expect(
      JSON.stringify(await act(liaison, 'notice.preview', { ...NOTICE, audienceIds: 'OU-KAA' })),
    ).toContain('Voit lähettää tiedotteita vain niille yksiköille, joiden järjestöyhdyshenkilö olet.');
    expect(
      JSON.stringify(
        await act(liaison, 'notice.preview', { ...NOTICE, audienceKind: 'county', audienceIds: '' }),
      ),
    ).toContain('Koko hyvinvointialueelle tiedotteen voi lähettää vain järjestötyön koordinaattori.');
    expect(JSON.stringify(await act(staff, 'notice.preview', NOTICE))).toContain(
      'Tiedotteita lähettävät sote-keskusten järjestöyhdyshenkilöt ja järjestötyön koordinaattori.',
    );
    expect(await silta.services.notices.list(liaison.aadObjectId)).toEqual(before);
  });

  it('When sent now, then exactly the subscribers, the NGO-team member and the notice board get it, with an alert, and the report card updates', async () => {
    const preview = await act(liaison, 'notice.preview', NOTICE);
    expect(textOf({ attachments: [{ content: preview }] })).toContain('Vastaanottajia nyt: 4');
    const sendButton = preview.actions!.find((a) => a.verb === 'notice.send')!;
    const forged = await act(staff, 'notice.send', sendButton.data!);
    expect(JSON.stringify(forged)).toContain('Tiedotteita voivat lähettää');
    const report = await act(liaison, 'notice.send', sendButton.data!);
    expect(JSON.stringify(report)).toContain('Yhteensä 4');
    await silta.connector.waitForCount(5, 15_000);
    const deliveries = silta.connector.sent.filter((s) => s.method === 'POST');
    const to = deliveries.map((s) => s.conversationId).sort();
    expect(to).toEqual(
      [conv(subscriber), conv(ngoTeamMember), conv(wholeTeamMember), '19:tuira-board@thread.tacv2'].sort(),
    );
    const personal = deliveries.find((s) => s.conversationId === conv(subscriber))!.activity;
    expect(personal.summary).toBe('Diabetesyhdistyksen vertaisryhmä');
    expect(JSON.stringify(personal.channelData)).toContain('"alert":true');
    expect(JSON.stringify(personal.attachments)).toContain('https://www.lahella.fi/tapahtuma/123');
    // The report card is edited in place until it shows the final counts.
    const deadline = Date.now() + 10_000;
    const finalReport = () =>
      silta.connector.sent.find(
        (s) =>
          s.method === 'PUT' &&
          s.conversationId === conv(liaison) &&
          JSON.stringify(s.activity).includes('lähetetty 4'),
      );
    while (!finalReport()) {
      if (Date.now() > deadline) throw new Error('the report card never showed the final counts');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(JSON.stringify(finalReport()!.activity)).toContain('Lähetys on valmis.');
    const again = await act(liaison, 'notice.send', sendButton.data!);
    expect(JSON.stringify(again)).toContain('Tämä tiedote on jo käsitelty');
  });

  it('When scheduled for later, then nothing goes out before the time, and at the time it reaches the same people once', async () => {
    const preview = await act(liaison, 'notice.preview', {
      ...NOTICE,
      title: 'Ajastettu tiedote',
      sendDate: '2026-11-23',
      sendTime: '09:00',
    });
    const scheduled = await act(
      liaison,
      'notice.send',
      preview.actions!.find((a) => a.verb === 'notice.send')!.data!,
    );
    expect(JSON.stringify(scheduled)).toContain('Tiedote on ajastettu');
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      silta.connector.sent.filter((s) => JSON.stringify(s.activity).includes('Ajastettu tiedote')),
    ).toHaveLength(0);
    now = new Date('2026-11-23T07:00:01Z');
    const deadline = Date.now() + 15_000;
    while (
      silta.connector.sent.filter(
        (s) => s.method === 'POST' && JSON.stringify(s.activity).includes('Ajastettu tiedote'),
      ).length < 4
    ) {
      if (Date.now() > deadline) throw new Error('scheduled notice was not delivered');
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1200));
    const got = silta.connector.sent.filter(
      (s) => s.method === 'POST' && JSON.stringify(s.activity).includes('Ajastettu tiedote'),
    );
    expect(got.map((s) => s.conversationId).sort()).toEqual(
      [conv(subscriber), conv(ngoTeamMember), conv(wholeTeamMember), '19:tuira-board@thread.tacv2'].sort(),
    );
    // The card that said "scheduled" became the report card when sending started.
    const reportDeadline = Date.now() + 10_000;
    const finalReport = () =>
      silta.connector.sent.find(
        (s) =>
          s.method === 'PUT' &&
          s.conversationId === conv(liaison) &&
          s.path.endsWith('/activities/preview-message') &&
          JSON.stringify(s.activity).includes('Ajastettu tiedote') &&
          JSON.stringify(s.activity).includes('lähetetty 4'),
      );
    while (!finalReport()) {
      if (Date.now() > reportDeadline) throw new Error('the scheduled notice got no report card');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('When a subscriber chose Swedish in a Finnish Teams client, then the notice reaches them in Swedish, and in Finnish again once they switch back', async () => {
    const said = async (text: string) =>
      replyTo(silta, message(text, { serviceUrl: silta.connector.url, from: subscriber, locale: 'fi-FI' }));
    const toSubscriber = () =>
      silta.connector.sent.find(
        (s) => s.method === 'POST' && s.conversationId === `a:personal-${subscriber.aadObjectId}`,
      );
    const deliveredText = async (title: string) => {
      silta.connector.clear();
      const preview = await act(liaison, 'notice.preview', { ...NOTICE, title });
      await act(liaison, 'notice.send', preview.actions!.find((a) => a.verb === 'notice.send')!.data!);
      await eventually(() => toSubscriber() !== undefined, 'the subscriber got nothing', 15_000);
      return textOf(toSubscriber()!.activity);
    };
    expect((await said('kieli ruotsi')).activity.text).toContain('svenska');
    try {
      const swedish = await deliveredText('Vertaisryhmä ruotsiksi');
      expect(swedish).toContain('Ämnen:');
      expect(swedish).not.toContain('Aiheet:');
    } finally {
      await said('språk finska');
    }
    const finnish = await deliveredText('Vertaisryhmä suomeksi');
    expect(finnish).toContain('Aiheet:');
  });

  it('When the liaison lists notices, then the sent and scheduled ones show; a scheduled one can be cancelled before it goes', async () => {
    await delivered(NOTICE);
    const preview = await act(liaison, 'notice.preview', {
      ...NOTICE,
      title: 'Peruttava',
      sendDate: '2026-12-24',
      sendTime: '09:00',
    });
    const id = preview.actions!.find((a) => a.verb === 'notice.send')!.data!;
    await act(liaison, 'notice.send', id);
    const list = await replyTo(
      silta,
      message('tiedotteet', { serviceUrl: silta.connector.url, from: liaison }),
    );
    expect(textOf(list.activity)).toContain('Peruttava · ajastettu · 24.12.2026 klo 9.00');
    expect(textOf(list.activity)).toContain('Diabetesyhdistyksen vertaisryhmä · lähetetty');
    expect(JSON.stringify(await act(staff, 'notice.cancel', id))).toContain('Tiedotteita voivat lähettää');
    expect(JSON.stringify(await act(liaison, 'notice.cancel', id))).toContain('Tiedote peruttiin');
    expect((await silta.services.notices.get(String(id.noticeId)))!.state).toBe('cancelled');
  });

  it('When the coordinator registers a notice board, then every unit of the county can be chosen', async () => {
    await post(silta.url, {
      ...message('rekisteröi ilmoitustaulu', { serviceUrl: silta.connector.url, from: coordinator }),
      conversation: { id: '19:kunta@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
    });
    const [reply] = await silta.connector.waitForCount(1);
    const content = reply!.activity.attachments![0]!.content as {
      body: Array<{ id?: string; choices?: unknown[] }>;
    };
    const units = content.body.find((e) => e.id === 'unitId')!.choices!;
    expect(units).toHaveLength(silta.services.notices.units().length);
    expect(units.length).toBeGreaterThan(10);
  });
});

/** Reminders and the scheduler move the clock and change the ready-made reminders: each test has a Silta of its own. */
describe('Reminders and scheduled notices over HTTP, each on a Silta of its own', () => {
  let silta: TestSilta;
  let act: ReturnType<typeof actOn>;
  beforeEach(async () => {
    now = START;
    silta = await startSilta({}, clock);
    act = actOn(silta);
    await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: liaison }));
    await silta.connector.waitForCount(1);
    silta.connector.clear();
  });
  afterEach(() => silta.stop());

  it('When the coordinator lists reminders, then the three ready-made ones show and one can be paused; others may not', async () => {
    expect(
      (await replyTo(silta, message('muistutukset', { serviceUrl: silta.connector.url, from: staff })))
        .activity.text,
    ).toContain('Muistutuksia hallinnoi järjestötyön koordinaattori');
    silta.connector.clear();
    const list = await replyTo(
      silta,
      message('muistutukset', { serviceUrl: silta.connector.url, from: coordinator }),
    );
    const text = textOf(list.activity);
    for (const name of [
      'Tiedottaminen henkilöstölle',
      'Tapaaminen kunnan järjestöyhdyshenkilön',
      'Yhdyshenkilöverkoston kuukausitapaaminen',
    ])
      expect(text).toContain(name);
    const paused = await act(coordinator, 'reminder.pause', { reminderId: 'network', paused: true });
    expect(JSON.stringify(paused)).toContain('tauolla');
    expect((await silta.services.repos().reminders.get('network'))!.paused).toBe(true);
    const forged = await act(staff, 'reminder.pause', { reminderId: 'inform-staff', paused: true });
    expect(JSON.stringify(forged)).toContain('Muistutuksia hallinnoi');
    expect((await silta.services.repos().reminders.get('inform-staff'))!.paused).toBe(false);
  });

  it('When the coordinator adds and removes reminders from the card, then bad input is named, others are refused, and a removed ready-made reminder stays removed', async () => {
    const form = REMINDER;
    const stored = async () => (await silta.services.repos().reminders.list()).map((r) => r.id).sort();
    const before = await stored();
    const forged = await act(staff, 'reminder.add', form);
    expect(JSON.stringify(forged)).toContain('Muistutuksia hallinnoi järjestötyön koordinaattori.');
    const bad = textOf({
      attachments: [{ content: await act(coordinator, 'reminder.add', { ...form, day: '31', time: '' }) }],
    });
    expect(bad).toContain('Kuukauden päivä (1–28): arvo ei kelpaa.');
    expect(bad).toContain('Kellonaika: tieto puuttuu.');
    expect(await stored()).toEqual(before);

    const added = textOf({ attachments: [{ content: await act(coordinator, 'reminder.add', form) }] });
    expect(added).toContain('Muistutus lisättiin: Koulutuspäivä.');
    expect(added).toContain('Koulutuspäivä · joka kuukauden 1. päivä klo 9.00 · seuraava 1.12.2026 klo 9.00');
    expect(added).toContain('Tiedottaminen henkilöstölle yhdyshenkilön tehtävästä · 1.2. ja 1.9. klo 9.00');
    expect(await stored()).toHaveLength(before.length + 1);

    const confirm = executeOf(
      await act(coordinator, 'reminder.pause', { reminderId: 'x' }),
      'reminder.remove',
      {
        reminderId: 'meet-municipal',
      },
    ).data;
    expect(JSON.stringify(await act(staff, 'reminder.remove', confirm))).toContain('Muistutuksia hallinnoi');
    const removed = textOf({
      attachments: [{ content: await act(coordinator, 'reminder.remove', confirm) }],
    });
    expect(removed).toContain('Muistutus poistettiin.');
    expect(removed).not.toContain('Tapaaminen kunnan järjestöyhdyshenkilön');
    await silta.services.notices.ensureReminders(); // what every start does
    expect(await stored()).not.toContain('meet-municipal');
    const audit = await silta.services.repos().audit.list('reminder:meet-municipal');
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['reminder.remove', coordinator.aadObjectId]]);
  });

  it('When a form comes back with an error and Teams sent its numbers as numbers (Input.Number), then the form shown again keeps them', async () => {
    const valueOf = (card: unknown, id: string): unknown => {
      let found: unknown;
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const element = node as Record<string, unknown>;
          if (element.id === id && 'value' in element) found = element.value;
          Object.values(element).forEach(walk);
        }
      };
      walk(card);
      return found;
    };
    const reminder = await act(coordinator, 'reminder.add', { ...REMINDER, day: 5, time: '' });
    expect(textOf({ attachments: [{ content: reminder }] })).toContain('Kellonaika: tieto puuttuu.');
    expect(String(valueOf(reminder, 'day'))).toBe('5');
    const notice = await act(liaison, 'notice.preview', {
      ...NOTICE,
      title: '',
      acknowledge: 'true',
      remindAfterDays: 3,
    });
    expect(textOf({ attachments: [{ content: notice }] })).toContain('Otsikko: tieto puuttuu.');
    expect(String(valueOf(notice, 'remindAfterDays'))).toBe('3');
  });

  it('When a reminder falls due, then the centre liaisons get it once, through the same engine', async () => {
    await act(coordinator, 'reminder.add', REMINDER);
    now = new Date('2027-02-01T07:00:01Z');
    await silta.server.runJobs();
    await silta.server.runJobs();
    const deadline = Date.now() + 10_000;
    const toLiaison = () =>
      silta.connector.sent.filter(
        (s) =>
          s.method === 'POST' &&
          s.conversationId === conv(liaison) &&
          JSON.stringify(s.activity).includes('Tiedottaminen henkilöstölle'),
      );
    while (toLiaison().length === 0) {
      if (Date.now() > deadline) throw new Error('reminder not delivered');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Every ready-made reminder that fell due goes to the same chat, paced by Teams' per-conversation limits.
    await eventually(
      () => silta.connector.sent.some((s) => JSON.stringify(s.activity).includes('Koulutuspäivä')),
      "the coordinator's reminder was not delivered",
    );
    await new Promise((r) => setTimeout(r, 1200));
    expect(toLiaison()).toHaveLength(1);
    // The coordinator's own reminder (every 1st at 9.00) went out once too, with its own title.
    const custom = silta.connector.sent.filter(
      (s) =>
        s.method === 'POST' &&
        s.conversationId === conv(liaison) &&
        JSON.stringify(s.activity).includes('Koulutuspäivä'),
    );
    expect(custom).toHaveLength(1);
    expect(JSON.stringify(custom[0]!.activity)).toContain('Muistathan kuun alun koulutuspäivän.');
  });

  it('When a scheduled notice falls due after its sender lost the liaison role, then nothing goes out and the sender is told why', async () => {
    now = new Date('2027-02-02T08:00:00Z');
    const preview = await act(liaison, 'notice.preview', {
      ...NOTICE,
      title: 'Vanhentuneet oikeudet',
      validUntil: '2027-03-31',
      sendDate: '2027-02-03',
      sendTime: '09:00',
    });
    // Nobody in this Silta subscribes: the send button asks first, and the sender confirms.
    const send = executeOf(preview, 'notice.send', { emptyConfirmed: true }).data;
    await act(liaison, 'notice.send', send, 'late-card');
    const id = String(send.noticeId);
    const directory = silta.services.directory;
    const original = directory.current!;
    // The register changes: Noora Eskola is no longer anyone's liaison.
    directory.use({
      ...original,
      register: {
        ...original.register,
        assignments: original.register.assignments.filter((a) => a.aadObjectId !== liaison.aadObjectId),
      },
    });
    try {
      now = new Date('2027-02-03T07:00:01Z');
      const deadline = Date.now() + 10_000;
      const told = () =>
        silta.connector.sent.find(
          (s) =>
            s.method === 'PUT' &&
            s.path.endsWith('/activities/late-card') &&
            textOf(s.activity).includes('ei lähetetty'),
        );
      while (!told()) {
        if (Date.now() > deadline) throw new Error('the sender was not told');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(textOf(told()!.activity)).toContain(
        'Ajastettua tiedotetta ”Vanhentuneet oikeudet” ei lähetetty',
      );
      expect((await silta.services.notices.get(id))!.state).toBe('cancelled');
      expect(await silta.services.repos().outbox.list(id)).toEqual([]);
    } finally {
      directory.use(original);
    }
  });
});
