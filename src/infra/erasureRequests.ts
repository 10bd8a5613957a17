import type { CosmosStore } from './cosmos/store';
import { Documents } from './cosmos/documents';
import { StaleWriteError } from './cosmos/errors';

/**
 * An erasure the coordinator previewed and may confirm (consent withdrawn): who asked, which expert,
 * against which register version. Stored so any instance can confirm it; the card carries only its id.
 */
export interface ErasureRequest {
  id: string;
  actor: string;
  expertId: string;
  baseVersion: number;
  at: string;
}

const PK = 'erasure';

/** Erasure previews in the `register` container (partition "erasure"), taken once on confirmation. */
export class ErasureRequests {
  private readonly docs: Documents<ErasureRequest & { pk: string; ttl?: number }>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<ErasureRequest & { pk: string; ttl?: number }>(
      store.container('register'),
      'erasure request',
    );
  }

  async save(request: ErasureRequest): Promise<void> {
    await this.docs.create({ ...request, pk: PK, ttl: 3600 }); // Azure's TTL behind the job's 30 minutes
  }

  read(id: string): Promise<ErasureRequest | undefined> {
    return this.docs.read(id, PK);
  }

  /** Reads and deletes a request; of two concurrent takers only one gets it. */
  async take(id: string): Promise<ErasureRequest | undefined> {
    const doc = await this.docs.read(id, PK);
    if (!doc) return undefined;
    try {
      return (await this.docs.delete(id, PK, doc._etag)) ? doc : undefined;
    } catch (error) {
      if (error instanceof StaleWriteError) return undefined;
      throw error;
    }
  }

  /** Deletes requests made before `cutoff` (ISO) that nobody confirmed; returns how many. */
  async deleteBefore(cutoff: string): Promise<number> {
    const old = await this.docs.query(
      'SELECT c.id FROM c WHERE c.pk = @pk AND c.at < @cutoff',
      [
        { name: '@pk', value: PK },
        { name: '@cutoff', value: cutoff },
      ],
      PK,
    );
    const deleted = await Promise.all(old.map((doc) => this.docs.delete(doc.id, PK)));
    return deleted.filter(Boolean).length;
  }
}
