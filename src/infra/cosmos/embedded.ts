import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type * as CosmosServer from '@vercel/cosmosdb-server';
import { SiltaError } from '../../domain/errors';
import { patchEmbeddedQueries } from './linearQueries';

/**
 * The embedded Cosmos-protocol server for local runs and tests: in-memory, plain HTTP on 127.0.0.1,
 * random port. It loses everything on restart, and it is NOT a faithful Cosmos: a query with only the
 * partitionKey option returns other partitions' items (put `c.pk = @pk` in the WHERE clause too), TTL
 * never expires, transactional batches are not atomic, and OFFSET LIMIT, GROUP BY, DISTINCT, LIKE and
 * date functions fail. Write code that behaves the same here and in Azure.
 *
 * `@vercel/cosmosdb-server` is a dev dependency, loaded here on first use only: a production install
 * (`npm ci --omit=dev`, `COSMOS_ENDPOINT` set) neither has nor loads it.
 */
export interface EmbeddedCosmos {
  endpoint: string;
  /** any key is accepted by the embedded server */
  key: string;
  close(): Promise<void>;
}

async function loadServerModule(): Promise<typeof CosmosServer> {
  try {
    return await import('@vercel/cosmosdb-server');
  } catch (error) {
    throw new SiltaError('COSMOS_EMBEDDED_MISSING', { reason: String(error) }, { cause: error });
  }
}

export async function startEmbeddedCosmos(): Promise<EmbeddedCosmos> {
  const { createHttpServer } = await loadServerModule();
  patchEmbeddedQueries();
  const server: Server = createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: 'ZW1iZWRkZWQtbG9jYWwtb25seQ==',
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
