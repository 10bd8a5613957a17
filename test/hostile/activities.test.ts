import { cardAction, message, post } from '../support/activities';
import { snapshotStore } from '../support/cosmosSnapshot';
import { largestActivities } from '../support/largestActivities';
import { startSilta, type TestSilta } from '../support/silta';
import { MAX_BODY_BYTES } from '../../src/teams/edge/readJsonBody';

describe('Malformed activities at the edge', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta();
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const valid = () => message('oma yksikköni on Tuira', { serviceUrl: silta.connector.url });
  const invoke = (name: string, value: unknown) => ({ ...valid(), type: 'invoke', name, value });
  const nested = (depth: number): unknown => {
    let value: unknown = 'pohja';
    for (let i = 0; i < depth; i += 1) value = { a: value };
    return value;
  };

  const cases: Array<[string, () => unknown]> = [
    ['a JSON array', () => []],
    ['a JSON string', () => '"activity"'],
    ['null', () => null],
    ['a number as type', () => ({ ...valid(), type: 5 })],
    ['an empty type', () => ({ ...valid(), type: '' })],
    ['a number as locale', () => ({ ...valid(), locale: 42 })],
    ['an object as locale', () => ({ ...valid(), locale: { toString: 1 } })],
    ['a number as serviceUrl', () => ({ ...valid(), serviceUrl: 123 })],
    ['a serviceUrl that is no http URL', () => ({ ...valid(), serviceUrl: 'javascript:alert(1)' })],
    ['no serviceUrl', () => ({ ...valid(), serviceUrl: undefined })],
    ['a string as from', () => ({ ...valid(), from: 'Noora' })],
    ['a number as from.id', () => ({ ...valid(), from: { id: 5 } })],
    ['an object as from.aadObjectId', () => ({ ...valid(), from: { id: 'x', aadObjectId: {} } })],
    ['a null conversation', () => ({ ...valid(), conversation: null })],
    ['an object as conversation.id', () => ({ ...valid(), conversation: { id: { valueOf: 1 } } })],
    ['a number as conversation.tenantId', () => ({ ...valid(), conversation: { id: 'c', tenantId: 7 } })],
    ['a string as channelData', () => ({ ...valid(), channelData: 'tenant' })],
    ['a string as channelData.tenant', () => ({ ...valid(), channelData: { tenant: 'x' } })],
    ['an object with toString as text', () => ({ ...valid(), text: { toString: 1 } })],
    ['an object as attachments', () => ({ ...valid(), attachments: {} })],
    ['a number as an attachment content type', () => ({ ...valid(), attachments: [{ contentType: 5 }] })],
    ['a number as an entity', () => ({ ...valid(), entities: [1] })],
    ['a member without id', () => ({ ...valid(), type: 'conversationUpdate', membersAdded: [{}] })],
    ['a number as timestamp', () => ({ ...valid(), timestamp: 5 })],
    ['no channelId', () => ({ ...valid(), channelId: undefined })],
    ['no recipient', () => ({ ...valid(), recipient: undefined })],
    ['an empty from.id', () => ({ ...valid(), from: { id: '' } })],
    ['a conversation id that is not ASCII', () => ({ ...valid(), conversation: { id: '𝕳𝖊𝖑𝖑𝖔' } })],
    ['an activity id with a lone surrogate', () => ({ ...valid(), id: 'a\ud800' })],
    ['a string as a card action value', () => invoke('adaptiveCard/action', 'x')],
    ['a number as a card action verb', () => invoke('adaptiveCard/action', { action: { verb: 7 } })],
    [
      'a string as card action data',
      () => invoke('adaptiveCard/action', { action: { verb: 'a', data: 's' } }),
    ],
    [
      'a number as the forwarded message',
      () =>
        invoke('composeExtension/fetchTask', {
          commandId: 'forwardNotice',
          messagePayload: { body: { content: 5 } },
        }),
    ],
    ['a string as a message value', () => ({ ...valid(), value: 'submit' })],
    ['JSON nested 100 deep', () => ({ ...valid(), channelData: nested(100) })],
    [
      'a __proto__ key',
      () => `{"type":"message","__proto__":{"polluted":true},"serviceUrl":"${silta.connector.url}"}`,
    ],
  ];

  it.each(cases)(
    'When the activity has %s, then 400 with a bare code, nothing stored, no connector call',
    async (_what, make) => {
      const before = await snapshotStore(silta.services);
      const body = make();
      const res = await post(silta.url, typeof body === 'string' ? body : JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: 'BAD_ACTIVITY' });
      await new Promise((r) => setTimeout(r, 50));
      expect(await snapshotStore(silta.services)).toEqual(before);
      expect(silta.connector.requests).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('When the body is not JSON, then 400 with a bare code', async () => {
    const res = await post(silta.url, '{"type": "message", oops');
    expect(res).toEqual({ status: 400, body: { error: 'BAD_JSON' } });
  });

  it('When the body is not UTF-8, then 400', async () => {
    const res = await fetch(`${silta.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(res.status).toBe(400);
  });

  it('When the activity has unknown fields of any type, then it is served as usual', async () => {
    const res = await post(silta.url, {
      ...message('apua', { serviceUrl: silta.connector.url }),
      extra: [1, { a: null }],
    });
    expect(res.status).toBe(200);
    await silta.connector.waitForCount(1);
  });

  it.each(Object.entries(largestActivities('http://placeholder/')))(
    'When Silta receives %s, then it fits the body cap with room to spare and is read',
    async (_what, activity) => {
      const withUrl = { ...(activity as object), serviceUrl: silta.connector.url };
      expect(Buffer.byteLength(JSON.stringify(withUrl))).toBeLessThan(MAX_BODY_BYTES / 2.5);
      const res = await post(silta.url, withUrl);
      expect(res.status).toBe(200);
    },
  );

  it('When a card action comes with a well-formed value, then it is answered (the shape check lets it pass)', async () => {
    const res = await post(
      silta.url,
      cardAction('no.such.verb', { a: 1 }, { serviceUrl: silta.connector.url }),
    );
    expect(res.status).toBe(200);
  });
});
