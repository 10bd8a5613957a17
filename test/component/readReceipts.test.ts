import { cardAction, message, post, user, type User } from '../support/activities';
import { snapshotStore } from '../support/cosmosSnapshot';
import { startSilta, type TestSilta } from '../support/silta';
import type { SentActivity } from '../support/connector';
import { eventually } from '../support/wait';

const liaison = user('Noora Eskola', '520118f6-5108-54ae-ad12-e453ecae8d6b'); // Tuira centre liaison
const reader = user('Lukeva Hoitaja', '0d0d0d0d-4444-4444-8444-000000000001');
const slow = user('Hidas Hoitaja', '0d0d0d0d-4444-4444-8444-000000000002');
let now = new Date('2026-11-22T10:00:00Z');
const clock = () => now;
const conv = (u: User) => `a:personal-${u.aadObjectId}`;

const notice = (title: string, extra: Record<string, string> = {}) => ({
  ...extra,
  title,
  text: 'Vertaisryhmä kokoontuu torstaisin.',
  ngo: 'Oulun Diabetesyhdistys ry',
  topics: 'diabetes',
  audienceKind: 'units',
  audienceIds: 'OU-TUI',
  validUntil: '2027-02-28',
});

/** The read receipt event as Teams sends it to a bot in a personal chat. */
function readReceipt(
  silta: TestSilta,
  from: User,
  lastReadMessageId: unknown,
  conversationType = 'personal',
) {
  const base = message('', { serviceUrl: silta.connector.url, from, conversationType });
  const { text: _text, textFormat: _format, ...rest } = base;
  return post(silta.url, {
    ...rest,
    type: 'event',
    name: 'application/vnd.microsoft.readReceipt',
    value: { lastReadMessageId },
  });
}

describe('Read receipts over HTTP: each delivery knows when its recipient read it', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({}, clock);
    for (const u of [reader, slow]) {
      await post(silta.url, message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url, from: u }));
      await post(
        silta.url,
        cardAction('notice.subscribe', { topics: 'diabetes' }, { serviceUrl: silta.connector.url, from: u }),
      );
    }
    await post(silta.url, message('apua', { serviceUrl: silta.connector.url, from: liaison }));
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  /** Sends a notice to Tuira as its liaison; resolves with its id and the message each subscriber got. */
  async function send(
    title: string,
    extra: Record<string, string> = {},
  ): Promise<{ id: string; to: Record<string, SentActivity> }> {
    const act = async (verb: string, data: Record<string, unknown>) => {
      const res = await post(silta.url, {
        ...cardAction(verb, data, { serviceUrl: silta.connector.url, from: liaison }),
        replyToId: 'preview-message',
      });
      return (res.body as { value: { actions?: Array<{ verb?: string; data?: Record<string, unknown> }> } })
        .value;
    };
    const preview = await act('notice.preview', notice(title, extra));
    const sendButton = preview.actions!.find((a) => a.verb === 'notice.send')!;
    await act('notice.send', sendButton.data!);
    const id = sendButton.data!.noticeId as string;
    const to: Record<string, SentActivity> = {};
    const deadline = Date.now() + 15_000;
    while (!to[reader.aadObjectId] || !to[slow.aadObjectId]) {
      if (Date.now() > deadline) throw new Error(`notice "${title}" did not reach both subscribers`);
      for (const u of [reader, slow]) {
        const got = silta.connector.sent.find(
          (s) => s.method === 'POST' && s.conversationId === conv(u) && s.activity.summary === title,
        );
        if (got) to[u.aadObjectId] = got;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { id, to };
  }

  /** Waits for the sender's report card to be redrawn with `text`; returns the card's text. */
  async function reportShowing(text: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const put = silta.connector.sent.find(
        (s) =>
          s.method === 'PUT' &&
          s.conversationId === conv(liaison) &&
          JSON.stringify(s.activity).includes(text),
      );
      if (put) return JSON.stringify(put.activity);
      if (Date.now() > deadline) throw new Error(`the report card never showed "${text}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const deliveryOf = async (noticeId: string, u: User) =>
    (await silta.services.repos().outbox.list(noticeId)).find(
      (d) => d.recipientKey === `user:${u.aadObjectId}`,
    ) as (Record<string, unknown> & { readAt?: string }) | undefined;

  it('When a receipt covers a notice, then its delivery is read once; an earlier receipt marks nothing', async () => {
    const first = await send('Vertaisryhmä alkaa');
    const messageId = first.to[reader.aadObjectId]!.id;
    expect(messageId).toMatch(/^\d+$/);

    expect((await readReceipt(silta, reader, String(BigInt(messageId) - 1n))).status).toBe(200);
    expect(await silta.services.readReceipts.counts(first.id)).toEqual({
      people: 2,
      read: 0,
      acknowledged: 0,
    });

    expect((await readReceipt(silta, reader, messageId)).status).toBe(200);
    const read = await deliveryOf(first.id, reader);
    expect(read!.readAt).toBe('2026-11-22T10:00:00.000Z');
    expect(await silta.services.readReceipts.counts(first.id)).toEqual({
      people: 2,
      read: 1,
      acknowledged: 0,
    });

    const before = JSON.stringify(await deliveryOf(first.id, reader));
    await readReceipt(silta, reader, String(BigInt(messageId) + 5n));
    expect(JSON.stringify(await deliveryOf(first.id, reader))).toBe(before);
    expect((await deliveryOf(first.id, slow))!.readAt).toBeUndefined();
  });

  it('When reads come in, then the report card shows them and says channels are not counted, and tiedotteet shows the read rate', async () => {
    const sent = await send('Kuntosalivuoro');
    await reportShowing('Luettu 0/2 · kuitattu 0');
    await readReceipt(silta, reader, sent.to[reader.aadObjectId]!.id);
    const report = await reportShowing('Luettu 1/2 · kuitattu 0');
    expect(report).toContain('kanavien ilmoitustauluilta Teams ei kerro lukemisia');
    expect(report).toContain('lähetetty 2');

    silta.connector.clear();
    await post(silta.url, message('tiedotteet', { serviceUrl: silta.connector.url, from: liaison }));
    // The list, not a late redraw of the report card that may come first.
    const list = await eventually(
      () => silta.connector.sent.find((s) => JSON.stringify(s.activity).includes('Lähetetyt ja ajastetut')),
      'no notice list',
    );
    const lines = JSON.stringify(list.activity);
    expect(lines).toMatch(/Kuntosalivuoro · lähetetty · [^"]* · luettu 50 %/);
  });

  it('When a person reads a later message, then every earlier notice in their chat is read too', async () => {
    const older = await send('Kevätretki');
    const newer = await send('Syysretki');
    expect(BigInt(newer.to[slow.aadObjectId]!.id)).toBeGreaterThan(BigInt(older.to[slow.aadObjectId]!.id));
    await readReceipt(silta, slow, newer.to[slow.aadObjectId]!.id);
    expect((await deliveryOf(older.id, slow))!.readAt).toBeDefined();
    expect((await deliveryOf(newer.id, slow))!.readAt).toBeDefined();
    expect((await deliveryOf(newer.id, reader))!.readAt).toBeUndefined();
  });

  it('When a receipt is malformed or not from a personal chat, then it is answered and nothing is marked', async () => {
    const sent = await send('Luento');
    const messageId = sent.to[reader.aadObjectId]!.id;
    const before = JSON.stringify(await silta.services.repos().outbox.list(sent.id));
    silta.connector.clear();
    for (const bad of ['', 'abc', `${messageId}x`, '9'.repeat(400), 42, null, { id: messageId }]) {
      expect((await readReceipt(silta, reader, bad)).status).toBe(200);
    }
    expect((await readReceipt(silta, reader, messageId, 'groupChat')).status).toBe(200);
    const noValue = message('', { serviceUrl: silta.connector.url, from: reader });
    expect(
      (await post(silta.url, { ...noValue, type: 'event', name: 'application/vnd.microsoft.readReceipt' }))
        .status,
    ).toBe(200);
    expect(JSON.stringify(await silta.services.repos().outbox.list(sent.id))).toBe(before);
    expect(silta.connector.sent.filter((s) => s.conversationId === conv(reader))).toEqual([]);
  });

  it('When a notice asks for acknowledgement, then each person’s click is recorded once, the report counts it, and others are told why not', async () => {
    const sent = await send('Uusi toimintamalli', { acknowledge: 'true' });
    const card = JSON.stringify(sent.to[reader.aadObjectId]!.activity.attachments);
    expect(card).toContain('"title":"Kuittaa luetuksi","verb":"notice.acknowledge"');
    const click = async (from: User, noticeId: unknown = sent.id) => {
      const res = await post(
        silta.url,
        cardAction('notice.acknowledge', { noticeId }, { serviceUrl: silta.connector.url, from }),
      );
      expect(res.status).toBe(200);
      return JSON.stringify((res.body as { value: unknown }).value);
    };
    const first = await click(reader);
    expect(first).toContain('Kuittasit tiedotteen luetuksi.');
    expect(first).not.toContain('notice.acknowledge');
    const stored = JSON.stringify(await deliveryOf(sent.id, reader));
    expect(await click(reader)).toContain('Kuittasit tiedotteen luetuksi.');
    expect(JSON.stringify(await deliveryOf(sent.id, reader))).toBe(stored);
    expect(await silta.services.readReceipts.counts(sent.id)).toEqual({
      people: 2,
      read: 1,
      acknowledged: 1,
    });
    await reportShowing('Luettu 1/2 · kuitattu 1');

    expect(await click(liaison)).toContain('Kuittaus kirjataan vain niiltä, jotka saivat tiedotteen');
    expect(await click(slow, 'no-such-notice')).toContain('Tiedotetta ei löydy');
    expect(await click(slow, { $ne: null })).toContain('Tiedotetta ei löydy');
    expect(await silta.services.readReceipts.counts(sent.id)).toEqual({
      people: 2,
      read: 1,
      acknowledged: 1,
    });
  });

  it('When a notice does not ask for acknowledgement, then its card has no such button', async () => {
    const sent = await send('Tavallinen tiedote');
    expect(JSON.stringify(sent.to[reader.aadObjectId]!.activity.attachments)).not.toContain(
      'notice.acknowledge',
    );
  });

  it('When an acknowledge or remind click carries malformed data, then it is told the notice is not found and nothing stored changes', async () => {
    const sent = await send('Muotovirhe', { acknowledge: 'true', remindAfterDays: '1' });
    // the engine's last writes (sent, final report) first, so that only the clicks could change anything
    for (let settled = false; !settled; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const stored = await silta.services.notices.get(sent.id);
      settled = stored?.state === 'sent' && !(stored as { finalReportPending?: boolean }).finalReportPending;
    }
    const before = await snapshotStore(silta.services);
    for (const verb of ['notice.acknowledge', 'notice.remind']) {
      for (const noticeId of [{ $ne: null }, ['x'], 42, '', `${sent.id}/..`, 'x'.repeat(65), undefined]) {
        const res = await post(silta.url, {
          ...cardAction(verb, { noticeId }, { serviceUrl: silta.connector.url, from: liaison }),
          replyToId: 'report-message',
        });
        expect(res.status).toBe(200);
        expect(JSON.stringify((res.body as { value: unknown }).value)).toContain('Tiedotetta ei löydy');
      }
    }
    expect(await snapshotStore(silta.services)).toEqual(before);
  });

  it('When the chosen days have passed, then one click reminds exactly those who have not acknowledged, through the same engine and report', async () => {
    const sent = await send('Vastuuhenkilöiden koulutus', { acknowledge: 'true', remindAfterDays: '2' });
    const click = async (from: User, verb: string, noticeId: unknown = sent.id) => {
      const res = await post(silta.url, {
        ...cardAction(verb, { noticeId }, { serviceUrl: silta.connector.url, from }),
        replyToId: 'report-message',
      });
      expect(res.status).toBe(200);
      return JSON.stringify((res.body as { value: unknown }).value);
    };
    await click(reader, 'notice.acknowledge');
    const report = await reportShowing('Lähetä muistutus');
    expect(report).toContain('voi lähettää 24.11.2026');
    expect(await click(liaison, 'notice.remind')).toContain('Muistutuksen voi lähettää 24.11.2026');
    expect(await click(slow, 'notice.remind')).toContain(
      'Muistutuksen voi lähettää vain tiedotteen lähettäjä',
    );

    now = new Date('2026-11-24T12:00:00Z');
    try {
      silta.connector.clear();
      expect(await click(liaison, 'notice.remind')).toContain('Yhteensä 1');
      const [reminder] = await silta.connector.waitForCount(1, 15_000);
      expect(reminder!.conversationId).toBe(conv(slow));
      const text = JSON.stringify(reminder!.activity.attachments);
      expect(text).toContain('Muistutus: kuittaathan tämän tiedotteen luetuksi.');
      expect(text).not.toContain('Vertaisryhmä kokoontuu torstaisin.');
      // Its button acknowledges the notice itself, not the reminder.
      expect(text).toContain(`"data":{"verb":"notice.acknowledge","noticeId":"${sent.id}"}`);
      expect(await click(liaison, 'notice.remind')).toContain('Muistutus on jo lähetetty.');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(
        silta.connector.sent.filter((s) => s.method === 'POST' && s.conversationId === conv(reader)),
      ).toEqual([]);

      await click(slow, 'notice.acknowledge');
      expect(await silta.services.readReceipts.counts(sent.id)).toEqual({
        people: 2,
        read: 2,
        acknowledged: 2,
      });
    } finally {
      now = new Date('2026-11-22T10:00:00Z');
    }
  });

  it('When a notice chose no reminder days, then no reminder is offered or sent', async () => {
    const sent = await send('Ilman muistutusta');
    const res = await post(silta.url, {
      ...cardAction(
        'notice.remind',
        { noticeId: sent.id },
        { serviceUrl: silta.connector.url, from: liaison },
      ),
      replyToId: 'report-message',
    });
    expect(JSON.stringify(res.body)).toContain('Tälle tiedotteelle ei voi lähettää muistutusta.');
  });
});
