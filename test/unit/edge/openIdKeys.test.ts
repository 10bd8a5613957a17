import pino from 'pino';
import { MetadataUnavailable, OpenIdKeys } from '../../../src/teams/edge/openIdKeys';
import { OpenIdServer } from '../../support/openIdServer';

describe('OpenIdKeys (Bot Framework signing keys)', () => {
  const server = new OpenIdServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    server.mode = 'ok';
    for (const key of Object.keys(server.hits)) delete server.hits[key];
  });

  const setup = () => {
    let now = 1_000_000;
    const lines: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const keys = new OpenIdKeys(server.metadataUrl, log, {}, () => now);
    return { keys, lines, advance: (ms: number) => (now += ms) };
  };
  const fetches = () => server.hits['/v1/.well-known/openidconfiguration'] ?? 0;

  it('When unknown key ids keep coming, then the keys are fetched again at most every five minutes', async () => {
    const { keys, advance } = setup();
    expect(await keys.key(server.kid)).toBeDefined();
    for (let i = 0; i < 10; i += 1) expect(await keys.key(`forged-${i}`)).toBeUndefined();
    expect(fetches()).toBe(1);
    advance(5 * 60_000);
    await keys.key('forged-again');
    await keys.key('forged-once-more');
    expect(fetches()).toBe(2);
  });

  it('When a day has passed and the refresh fails, then the known keys are still used and the failure is logged once', async () => {
    const { keys, lines, advance } = setup();
    await keys.refresh();
    server.mode = 'fail';
    advance(25 * 3_600_000);
    expect(await keys.key(server.kid)).toBeDefined();
    expect(await keys.key(server.kid)).toBeDefined();
    expect(keys.status).toBe('metadata-unreachable');
    expect(lines.filter((l) => String(l.msg).startsWith('OPENID_METADATA_UNREACHABLE'))).toHaveLength(1);
  });

  it('When no keys were ever fetched, then requests fail closed, retried no sooner than 30 s, and it recovers', async () => {
    const { keys, lines, advance } = setup();
    server.mode = 'fail';
    await expect(keys.key(server.kid)).rejects.toBeInstanceOf(MetadataUnavailable);
    await expect(keys.key(server.kid)).rejects.toBeInstanceOf(MetadataUnavailable);
    expect(fetches()).toBe(1);
    server.mode = 'ok';
    advance(30_000);
    expect(await keys.key(server.kid)).toBeDefined();
    expect(keys.status).toBe('ok');
    expect(lines.map((l) => String(l.msg).split(' ')[0])).toEqual([
      'OPENID_METADATA_UNREACHABLE',
      'OPENID_METADATA_OK',
    ]);
  });

  it('When many requests wait at once, then one fetch serves them all', async () => {
    const { keys } = setup();
    const found = await Promise.all(Array.from({ length: 25 }, () => keys.key(server.kid)));
    expect(found.every(Boolean)).toBe(true);
    expect(fetches()).toBe(1);
  });
});
