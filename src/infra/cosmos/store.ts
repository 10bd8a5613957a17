import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { Config } from '../../config';
import type { Logger } from '../logger';
import { CONTAINERS, type ContainerName } from './containers';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embedded';
import { SiltaError, logError } from '../../domain/errors';

/** The open Cosmos database with every container Silta uses. */
export interface CosmosStore {
  readonly mode: 'azure' | 'embedded';
  readonly endpoint: string;
  container(name: ContainerName): Container;
  /** Creates the database and containers if missing (idempotent). */
  ensureSchema(): Promise<void>;
  /** true when the database answers a cheap read. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openCosmosStore(config: Config['cosmos'], log: Logger): Promise<CosmosStore> {
  let embedded: EmbeddedCosmos | undefined;
  let client: CosmosClient;
  if (config.endpoint) {
    const aadCredentials = config.key
      ? undefined
      : config.managedIdentityClientId
        ? new ManagedIdentityCredential({ clientId: config.managedIdentityClientId })
        : new DefaultAzureCredential();
    // A plain-HTTP endpoint is a local Cosmos-protocol server (another Silta's embedded store, an emulator):
    // it has no regional endpoints to discover.
    const local = config.endpoint.startsWith('http://');
    client = new CosmosClient({
      endpoint: config.endpoint,
      key: config.key,
      aadCredentials,
      ...(local ? { connectionPolicy: { enableEndpointDiscovery: false } } : {}),
    });
  } else {
    embedded = await startEmbeddedCosmos();
    logError(log, 'warn', 'STORAGE_EMBEDDED', { endpoint: embedded.endpoint });
    client = new CosmosClient({
      endpoint: embedded.endpoint,
      key: embedded.key,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
  }
  const database: Database = client.database(config.database);
  return {
    mode: embedded ? 'embedded' : 'azure',
    endpoint: embedded?.endpoint ?? config.endpoint ?? '',
    container: (name) => database.container(name),
    async ensureSchema() {
      if (!embedded && !config.key) {
        // Entra ID data-plane roles cannot create databases or containers: infra/main.bicep does that.
        for (const id of Object.keys(CONTAINERS)) {
          await database
            .container(id)
            .read()
            .catch((error: unknown) => {
              throw new SiltaError(
                'COSMOS_SCHEMA_MISSING',
                { container: id, database: config.database, reason: String(error) },
                { cause: error },
              );
            });
        }
        return;
      }
      await client.databases.createIfNotExists({ id: config.database });
      for (const [id, spec] of Object.entries(CONTAINERS)) {
        // defaultTtl -1: documents with their own `ttl` expire in Azure (docs/data-lifetimes.md §4).
        await database.containers.createIfNotExists({
          id,
          partitionKey: { paths: [spec.partitionKey] },
          defaultTtl: -1,
        });
      }
    },
    async ping() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      client.dispose();
      await embedded?.close();
    },
  };
}
