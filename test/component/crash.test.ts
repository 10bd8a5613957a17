import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ConversationRepository } from '../../src/infra/conversationRepository';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/infra/cosmos/embedded';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox } from '../../src/infra/delivery/outbox';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { sendingNotice, subscribers } from '../support/broadcast';
import { RateLimitedConnector } from '../support/rateLimitedConnector';
import { freePort } from '../support/freePort';

const ROOT = path.resolve(__dirname, '../..');
const N = 400;
/** Send lanes of one worker: the most deliveries that can be on the wire when a process dies. */
const IN_FLIGHT_AT_MOST = 16;

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Issue 5's crash rule with real processes: Silta sends a broadcast from its own delivery worker, is
 * killed with SIGKILL mid-run, and a second Silta process on the same Cosmos outbox finishes it.
 */
describe('A Silta process killed (kill -9) in the middle of a broadcast', () => {
  let cosmos: EmbeddedCosmos;
  let store: CosmosStore;
  let connector: RateLimitedConnector;
  const children: ChildProcess[] = [];
  const database = 'crash-test';

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    store = await openCosmosStore(
      { database, endpoint: cosmos.endpoint, key: cosmos.key },
      createLogger('silent'),
    );
    await store.ensureSchema();
    connector = await new RateLimitedConnector({
      perConversationPerSecond: 7,
      perTenantPerSecond: 1000,
    }).start();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await connector.stop();
    await store.close();
    await cosmos.close();
  });

  async function startSilta(): Promise<ChildProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        ALLOW_ANONYMOUS: 'true',
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_DATABASE: database,
        DELIVERY_TENANT_RPS: '80',
        DELIVERY_LEASE_SECONDS: '4',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    await until(
      () =>
        fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
      30_000,
      'Silta to be healthy',
    );
    return child;
  }

  it('When a second process takes over, then every recipient gets the notice, none is lost, and at most the in-flight ones come twice', async () => {
    const notices = new NoticeRepository(store);
    const outbox = new Outbox(store);
    const conversations = new ConversationRepository(store);
    const notice = sendingNotice('Kaatumistesti', { aadObjectId: 'sender', name: 'Lähettäjä' });
    const recipients = subscribers(N, 'crash-');
    for (const r of recipients)
      await conversations.save(
        r.key,
        {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: r.key.replace('user:', 'conv-'), tenantId: 'tenant-1' },
          bot: { id: '28:silta' },
          locale: 'fi-FI',
        },
        new Date(),
      );

    const first = await startSilta();
    await outbox.enqueue(notice.id, recipients, 0);
    await notices.create(notice);
    await until(() => connector.byConversation.size >= N / 3, 30_000, 'a third of the broadcast');
    first.kill('SIGKILL');
    await new Promise<void>((resolve) => first.once('exit', () => resolve()));
    const atCrash = connector.byConversation.size;
    expect(atCrash).toBeLessThan(N);

    await startSilta();
    await until(() => connector.byConversation.size === N, 60_000, 'every recipient');
    await until(async () => !(await outbox.hasOpen(notice.id)), 30_000, 'the outbox to settle');
    await new Promise((r) => setTimeout(r, 500));

    expect(connector.byConversation.size).toBe(N);
    expect(connector.duplicates).toBeLessThanOrEqual(IN_FLIGHT_AT_MOST);
    const progress = await outbox.progress(notice.id);
    expect(progress).toMatchObject({ total: N, sent: N, failed: 0, unreachable: 0 });
  }, 150_000); // two process starts and the waits above (30 + 30 + 60 + 30 s at most), not jest's 30 s
});
