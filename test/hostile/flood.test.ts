import { cardAction, message, post, textOf, user } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

describe('One user flooding Silta', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ INBOUND_USER_LIMITS: '10/1h', INBOUND_CONVERSATION_LIMITS: '20/1h' });
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  it('When one user floods with 1,000 messages, then they are told once in their language, the rest refused, and others are served while the flood runs', async () => {
    const flooder = user('Tulva Käyttäjä');
    const other = user('Toinen Käyttäjä');
    const statuses: number[] = [];
    let running = true;
    // 16 connections sending back to back until 1,000 are sent or the test says stop.
    const flood = Array.from({ length: 16 }, async () => {
      while (running && statuses.length < 1000) {
        const res = await post(
          silta.url,
          message('apua', { serviceUrl: silta.connector.url, from: flooder, locale: 'sv-SE' }),
        );
        statuses.push(res.status);
      }
    });
    while (statuses.length < 100) await new Promise((r) => setTimeout(r, 5));
    const health = await fetch(`${silta.url}/healthz`);
    const otherTurn = await post(
      silta.url,
      message('apua', { serviceUrl: silta.connector.url, from: other }),
    );
    const floodStillRunning = running && statuses.length < 1000;
    running = false;
    await Promise.all(flood);
    expect(floodStillRunning).toBe(true);
    expect(health.status).toBe(200);
    expect(otherTurn.status).toBe(200);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toHaveLength(0);

    await silta.connector.waitForCount(12);
    await new Promise((r) => setTimeout(r, 200));
    const toFlooder = silta.connector.sent.filter(
      (s) => s.conversationId === `a:personal-${flooder.aadObjectId}`,
    );
    const toOther = silta.connector.sent.filter(
      (s) => s.conversationId === `a:personal-${other.aadObjectId}`,
    );
    expect(toOther).toHaveLength(1);
    expect(textOf(toOther[0]!.activity)).toContain('Näin Silta auttaa');
    expect(toFlooder.filter((s) => String(s.activity.text).includes('Vänta en stund'))).toHaveLength(1);
    expect(toFlooder).toHaveLength(11);
  });

  it('When a conversation goes over its limit with many users, then the first refused card action gets the polite card and later turns 429', async () => {
    const conversationId = '19:busy-group@thread.v2';
    const options = (i: number) => ({
      serviceUrl: silta.connector.url,
      from: user(`Ryhmäläinen ${i}`),
      conversationId,
      conversationType: 'groupChat',
    });
    for (let i = 0; i < 20; i += 1)
      expect((await post(silta.url, message('apua', options(i)))).status).toBe(200);
    const click = await post(silta.url, cardAction('no.such.verb', {}, options(20)));
    expect(click.status).toBe(200);
    expect(textOf({ attachments: [{ content: click.body }] })).toContain('Viestejä tulee nyt nopeammin');
    expect((await post(silta.url, message('apua', options(21)))).status).toBe(429);
    expect((await post(silta.url, cardAction('no.such.verb', {}, options(22)))).status).toBe(429);
  });
});
