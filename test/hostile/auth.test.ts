import { generateKeyPairSync } from 'node:crypto';
import pino from 'pino';
import { cardAction, TENANT } from '../support/activities';
import { CHANNEL_ISSUER, jwt, OpenIdServer } from '../support/openIdServer';
import { startSilta, type TestSilta } from '../support/silta';

const BOT_ID = '0b0b0b0b-1111-4111-8111-0000000000b0';

/** Silta with Bot Framework authentication on, its signing keys from `openId`, log lines captured. */
async function siltaWithAuth(openId: OpenIdServer) {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const silta = await startSilta(
    {
      BOT_ID,
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: TENANT,
      BOT_OPENID_METADATA_URL: openId.metadataUrl,
    },
    undefined,
    log,
  );
  return { silta, lines };
}

async function send(silta: TestSilta, authorization?: string) {
  const activity = cardAction('no.such.verb', {}, { serviceUrl: silta.connector.url });
  const res = await fetch(`${silta.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text() };
}

describe('Bot Framework authentication at the edge', () => {
  const openId = new OpenIdServer();
  let silta: TestSilta;
  let lines: Array<Record<string, unknown>>;
  const consoleError = jest.spyOn(console, 'error');
  beforeAll(async () => {
    await openId.start();
    ({ silta, lines } = await siltaWithAuth(openId));
  });
  afterAll(async () => {
    await silta.stop();
    await openId.stop();
    consoleError.mockRestore();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown> = {}) => ({
    iss: CHANNEL_ISSUER,
    aud: BOT_ID,
    nbf: now() - 60,
    exp: now() + 3600,
    serviceurl: silta.connector.url,
    ...extra,
  });
  const header = (extra: Record<string, unknown> = {}) => ({
    alg: 'RS256',
    typ: 'JWT',
    kid: openId.kid,
    ...extra,
  });
  const bearer = (token: string) => `Bearer ${token}`;

  it('When the token is valid, then the card action is answered', async () => {
    const res = await send(silta, bearer(jwt(header(), claims(), openId.privateKey)));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Tätä toimintoa en tunnista');
  });

  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const forged: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['a header that is no bearer token', () => 'Basic dXNlcjpwYXNz'],
    ['a token that is no JWT', () => bearer('not.a.jwt!')],
    ['a bad signature (another key, the same kid)', () => bearer(jwt(header(), claims(), otherKey))],
    ['alg=none', () => bearer(jwt(header({ alg: 'none' }), claims(), 'none'))],
    [
      'HS256 with the public key as the secret',
      () =>
        bearer(
          jwt(
            header({ alg: 'HS256' }),
            claims(),
            openId.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
          ),
        ),
    ],
    [
      'a wrong audience',
      () => bearer(jwt(header(), claims({ aud: '99999999-1111-4111-8111-000000000000' }), openId.privateKey)),
    ],
    [
      'a wrong issuer',
      () => bearer(jwt(header(), claims({ iss: 'https://evil.example' }), openId.privateKey)),
    ],
    ['an expired token', () => bearer(jwt(header(), claims({ exp: now() - 3600 }), openId.privateKey))],
    ['a forged kid', () => bearer(jwt(header({ kid: 'forged' }), claims(), otherKey))],
    [
      'another serviceUrl in the token',
      () => bearer(jwt(header(), claims({ serviceurl: 'https://evil.example/' }), openId.privateKey)),
    ],
  ];

  it.each(forged)(
    'When the request has %s, then 401 with no detail and one structured log line',
    async (_what, token) => {
      lines.length = 0;
      consoleError.mockClear();
      silta.connector.clear();
      const res = await send(silta, token());
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toEqual({ error: 'UNAUTHORIZED' });
      const refused = lines.filter((l) => String(l.msg).startsWith('AUTH_REFUSED'));
      expect(refused).toHaveLength(1);
      expect(refused[0]!.correlationId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      expect(consoleError).not.toHaveBeenCalled();
      expect(silta.connector.requests).toBe(0);
    },
  );

  it('When forged tokens keep coming, then the signing keys were fetched once, by Silta, and are shared', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(silta, bearer(jwt(header({ kid: `forged-${i}` }), claims(), otherKey))),
      ),
    );
    expect(openId.hits).toEqual({ '/v1/.well-known/openidconfiguration': 1, '/v1/.well-known/keys': 1 });
    const health = (await (await fetch(`${silta.url}/healthz`)).json()) as { auth: string };
    expect(health.auth).toBe('ok');
  });
});

/**
 * Silta whose OpenID metadata server fails or hangs, and a well-formed token signed by that server's
 * key; both are stopped when `run` is done.
 */
async function withMetadata(
  mode: OpenIdServer['mode'],
  run: (s: {
    silta: TestSilta;
    lines: Array<Record<string, unknown>>;
    openId: OpenIdServer;
    token: string;
  }) => Promise<void>,
): Promise<void> {
  const openId = await new OpenIdServer().start();
  openId.mode = mode;
  const { silta, lines } = await siltaWithAuth(openId);
  try {
    const token = `Bearer ${jwt(
      { alg: 'RS256', kid: openId.kid },
      { iss: CHANNEL_ISSUER, aud: BOT_ID, exp: Math.floor(Date.now() / 1000) + 600 },
      openId.privateKey,
    )}`;
    await run({ silta, lines, openId, token });
  } finally {
    await silta.stop();
    await openId.stop();
  }
}

describe('When the OpenID metadata cannot be fetched', () => {
  it('When it fails, then /healthz says so, one log line says so, and requests are refused (503), one fetch shared', () =>
    withMetadata('fail', async ({ silta, lines, openId, token }) => {
      const answers = await Promise.all(Array.from({ length: 10 }, () => send(silta, token)));
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(503));
      expect(JSON.parse(answers[0]!.text)).toEqual({ error: 'AUTH_UNAVAILABLE' });
      const health = (await (await fetch(`${silta.url}/healthz`)).json()) as { auth: string };
      expect(health.auth).toBe('metadata-unreachable');
      expect(lines.filter((l) => String(l.msg).startsWith('OPENID_METADATA_UNREACHABLE'))).toHaveLength(1);
      expect(openId.hits['/v1/.well-known/openidconfiguration']).toBe(1);
    }));

  it('When it hangs, then the fetch times out, every waiting request is refused and none is accepted', () =>
    withMetadata('hang', async ({ silta, openId, token }) => {
      const answers = await Promise.all(Array.from({ length: 5 }, () => send(silta, token)));
      expect(answers.map((a) => a.status)).toEqual(Array(5).fill(503));
      expect(openId.hits['/v1/.well-known/openidconfiguration']).toBe(1);
    }));
});
