import { runFuzz } from '../support/fuzz';
import { startSilta, type TestSilta } from '../support/silta';

describe('Fuzzing /api/messages (a seeded run of npm run fuzz)', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta();
  });
  afterAll(() => silta.stop());

  it('When 400 malformed activities and card payloads arrive, then none answers 500 and Silta stays healthy', async () => {
    const result = await runFuzz({
      url: silta.url,
      serviceUrl: silta.connector.url,
      count: 400,
      seed: 20261203,
      seconds: 60,
    });
    expect(result.serverErrors).toEqual([]);
    expect(result.noAnswer).toBe(0);
    expect(result.sent).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${silta.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
