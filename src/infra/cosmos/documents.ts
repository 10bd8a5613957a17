import type { Container, ItemDefinition, SqlParameter } from '@azure/cosmos';
import { DuplicateError, StaleWriteError, statusOf } from './errors';

/** A stored document: the caller's fields plus the Cosmos id, partition key value and ETag. */
export type Stored<T> = T & { id: string; _etag: string };

/**
 * Typed access to one container with ETag (IfMatch) concurrency.
 * `pk` is the partition key VALUE; containers keyed on /id pass the id.
 */
export class Documents<T extends object> {
  constructor(
    private readonly container: Container,
    private readonly label: string,
  ) {}

  async read(id: string, pk: string = id): Promise<Stored<T> | undefined> {
    try {
      const { resource } = await this.container.item(id, pk).read<T & ItemDefinition>();
      return (resource as Stored<T> | undefined) ?? undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async create(doc: T & { id: string }): Promise<Stored<T>> {
    try {
      const { resource } = await this.container.items.create<T & { id: string }>(doc);
      return resource as unknown as Stored<T>;
    } catch (error) {
      if (statusOf(error) === 409) throw new DuplicateError(`${this.label} ${doc.id}`);
      throw error;
    }
  }

  /** Replaces only if nobody changed the document since `etag` was read; otherwise StaleWriteError. */
  async replace(doc: T & { id: string }, etag: string, pk: string = doc.id): Promise<Stored<T>> {
    try {
      const { resource } = await this.container
        .item(doc.id, pk)
        .replace<T & { id: string }>(doc, { accessCondition: { type: 'IfMatch', condition: etag } });
      return resource as unknown as Stored<T>;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) throw new StaleWriteError(`${this.label} ${doc.id}`);
      throw error;
    }
  }

  async upsert(doc: T & { id: string }): Promise<Stored<T>> {
    const { resource } = await this.container.items.upsert<T & { id: string }>(doc);
    return resource as unknown as Stored<T>;
  }

  /** Deletes; with `etag`, only if unchanged. Returns false when there was nothing to delete. */
  async delete(id: string, pk: string = id, etag?: string): Promise<boolean> {
    try {
      await this.container
        .item(id, pk)
        .delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined);
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return false;
      if (status === 412) throw new StaleWriteError(`${this.label} ${id}`);
      throw error;
    }
  }

  /**
   * Runs a parameterized query, following continuation tokens. Within one partition, ALWAYS also put
   * `c.pk = @pk` in the WHERE clause: the embedded server ignores the partitionKey option.
   */
  async query(
    sql: string,
    parameters: SqlParameter[] = [],
    partitionKey?: string,
  ): Promise<Array<Stored<T>>> {
    const iterator = this.container.items.query<Stored<T>>(
      { query: sql, parameters },
      partitionKey === undefined ? { maxItemCount: 500 } : { maxItemCount: 500, partitionKey },
    );
    const out: Array<Stored<T>> = [];
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      out.push(...resources);
    }
    return out;
  }
}
