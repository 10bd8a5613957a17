import { cardAction, installed, message, post, textOf, user } from '../support/activities';
import { startSilta, type TestSilta } from '../support/silta';

describe('Silta over HTTP (real restify server, teams-ai Application, embedded Cosmos)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta();
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const serviceUrl = () => silta.connector.url;

  it('When storage is up, then GET /healthz answers 200 with JSON', async () => {
    const res = await fetch(`${silta.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', storage: 'ok' });
  });

  it('When a user writes "apua", then a Finnish help reply arrives at the serviceUrl', async () => {
    const res = await post(silta.url, message('apua', { serviceUrl: serviceUrl() }));
    expect(res.status).toBe(200);
    const [reply] = await silta.connector.waitForCount(1);
    expect(textOf(reply!.activity)).toContain('Näin Silta auttaa');
    expect(textOf(reply!.activity)).toContain('järjestöyhdyshenkilö');
  });

  it('When a Swedish user writes "hjälp", then the help is in Swedish', async () => {
    await post(silta.url, message('hjälp', { serviceUrl: serviceUrl(), locale: 'sv-SE' }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(textOf(reply!.activity)).toContain('Så här hjälper Silta');
  });

  it('When an English user writes "help", then the help is in English', async () => {
    await post(silta.url, message('help', { serviceUrl: serviceUrl(), locale: 'en-US' }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(textOf(reply!.activity)).toContain('How Silta helps');
  });

  it("When Silta is installed in personal scope, then it says hello in the user's language", async () => {
    await post(silta.url, installed({ serviceUrl: serviceUrl(), locale: 'en-GB' }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(reply!.activity.text).toMatch(/^Hi! I'm Silta/);
  });

  it('When the message is empty, then Silta says so instead of staying silent', async () => {
    await post(silta.url, message('   ', { serviceUrl: serviceUrl() }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(reply!.activity.text).toContain('Viesti oli tyhjä');
  });

  it('When the message is 10,000 characters, then a polite "too long" answer comes back', async () => {
    await post(silta.url, message('x'.repeat(10_000), { serviceUrl: serviceUrl() }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(reply!.activity.text).toContain('liian pitkä (10000 merkkiä');
  });

  it('When the message is only emoji, then Silta asks for words', async () => {
    await post(silta.url, message('🤔🙈', { serviceUrl: serviceUrl() }));
    const [reply] = await silta.connector.waitForCount(1);
    expect(reply!.activity.text).toContain('Viestissä ei ollut sanoja');
  });

  it('When an unknown card verb is invoked, then the answer is 200 with a polite card, not 501', async () => {
    const res = await post(silta.url, cardAction('no.such.verb', {}, { serviceUrl: serviceUrl() }));
    expect(res.status).toBe(200);
    expect(textOf({ attachments: [{ content: res.body }] })).toContain('Tätä toimintoa en tunnista');
  });

  it('When an unknown invoke name arrives, then the answer is 200', async () => {
    const activity = {
      ...message('x', { serviceUrl: serviceUrl() }),
      type: 'invoke',
      name: 'something/unknown',
      value: {},
    };
    const res = await post(silta.url, activity);
    expect(res.status).toBe(200);
  });

  it('When the body is not JSON, then the answer is 400 and the server keeps running', async () => {
    const res = await post(silta.url, '{"type": "message", oops');
    expect(res.status).toBe(400);
    expect((await fetch(`${silta.url}/healthz`)).status).toBe(200);
  });

  it('When the activity has no type, then the answer is 400', async () => {
    const { type: _type, ...noType } = message('apua', { serviceUrl: serviceUrl() });
    const res = await post(silta.url, noType);
    expect(res.status).toBe(400);
    expect(silta.connector.sent).toHaveLength(0);
  });
});

describe('Tenant allow-list', () => {
  const allowed = 'aaaaaaaa-0000-0000-0000-000000000001';
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ ALLOWED_TENANT_IDS: allowed });
  });
  afterAll(() => silta.stop());

  it('When an activity comes from another tenant, then there is no reply and no stored state', async () => {
    const stranger = user('Vieras');
    const res = await post(
      silta.url,
      message('oma yksikköni on Tuira', {
        serviceUrl: silta.connector.url,
        from: stranger,
        tenantId: 'bbbbbbbb-0000-0000-0000-000000000002',
      }),
    );
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(silta.connector.sent).toHaveLength(0);
    expect(await silta.services.repos().profiles.get(stranger.aadObjectId)).toBeUndefined();
  });

  it('When a card action comes from another tenant, then it is refused with 403', async () => {
    const res = await post(
      silta.url,
      cardAction(
        'directory.setMyUnit',
        { unitId: 'OU-TUI' },
        { serviceUrl: silta.connector.url, tenantId: 'bbbbbbbb-0000-0000-0000-000000000002' },
      ),
    );
    expect(res.status).toBe(403);
  });

  it('When an activity comes from the allowed tenant, then it is answered', async () => {
    await post(silta.url, message('apua', { serviceUrl: silta.connector.url, tenantId: allowed }));
    await silta.connector.waitForCount(1);
  });
});
