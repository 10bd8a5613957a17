import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/infra/logger';
import { readDemoFiles } from '../../src/services/projectFiles';
import { createServices, type Services } from '../../src/services';

/** Two Silta instances on one Cosmos store: A with the embedded server, B pointed at A's endpoint. */
describe('Several instances share one register', () => {
  let a: Services;
  let b: Services;
  beforeAll(async () => {
    const log = createLogger('silent');
    a = createServices(loadConfig({ NODE_ENV: 'test', ALLOW_ANONYMOUS: 'true', LOG_LEVEL: 'silent' }), log);
    await a.start();
    const endpoint = a.storage.store!.endpoint;
    b = createServices(
      loadConfig({
        NODE_ENV: 'test',
        ALLOW_ANONYMOUS: 'true',
        LOG_LEVEL: 'silent',
        COSMOS_ENDPOINT: endpoint,
        COSMOS_KEY: 'local',
        SEED_DEMO_DATA: 'false',
      }),
      log,
    );
    await b.start();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('When B starts, then it loads the register A seeded, without seeding its own', () => {
    expect(b.directory.version).toBe(a.directory.version);
    expect(b.directory.version).toBeGreaterThan(0);
  });

  it('When A imports a change, then B answers from it after reading the version stamp', async () => {
    const files = readDemoFiles().map((file) =>
      file.name === 'yhdyshenkilot.csv'
        ? {
            name: file.name,
            bytes: Buffer.from(
              Buffer.from(file.bytes).toString('utf8').replace('+358 40 555 1888', '+358 40 999 8888'),
            ),
          }
        : file,
    );
    const result = await a.register.importNow(files, 'test');
    expect(result.kind).toBe('applied');
    expect(JSON.stringify(b.directory.answer('Kempeleen yhdyshenkilö'))).toContain('+358 40 555 1888');
    await b.directory.refresh();
    expect(b.directory.version).toBe(a.directory.version);
    expect(JSON.stringify(b.directory.answer('Kempeleen yhdyshenkilö'))).toContain('+358 40 999 8888');
  });

  it('When both import from the same base version at once, then exactly one wins and the other is told it is stale', async () => {
    await b.directory.refresh();
    const edit = (phone: string) =>
      readDemoFiles().map((file) =>
        file.name === 'yhdyshenkilot.csv'
          ? {
              name: file.name,
              bytes: Buffer.from(Buffer.from(file.bytes).toString('utf8').replace('+358 40 555 1925', phone)),
            }
          : file,
      );
    const results = await Promise.all([
      a.register.importNow(edit('+358 40 111 1111'), 'a'),
      b.register.importNow(edit('+358 40 222 2222'), 'b'),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['applied', 'stale']);
  });
});
