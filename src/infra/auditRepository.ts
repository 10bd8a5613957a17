import { randomUUID } from 'node:crypto';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';
import { DuplicateError } from './cosmos/errors';

/** One audited change: who did what to which subject, when. */
export interface AuditEntry {
  id: string;
  /** subject, e.g. "register" or "order:<id>" (the partition key) */
  pk: string;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

export class AuditRepository {
  private readonly docs: Documents<AuditEntry>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<AuditEntry>(store.container('audit'), 'audit entry');
  }

  record(subject: string, actor: string, action: string, details: Record<string, unknown>, now: Date) {
    return this.docs.create({ id: randomUUID(), pk: subject, at: now.toISOString(), actor, action, details });
  }

  /**
   * Rewrites the entries of `subject` that `rewrite` changes (e.g. personal data removed), each only if
   * unchanged since it was read (StaleWriteError otherwise). Returns how many were rewritten.
   */
  async rewrite(subject: string, rewrite: (entry: AuditEntry) => AuditEntry): Promise<number> {
    let changed = 0;
    for (const entry of await this.list(subject)) {
      const next = rewrite(entry);
      if (JSON.stringify(next) === JSON.stringify(entry)) continue;
      await this.docs.replace(next, entry._etag, subject);
      changed += 1;
    }
    return changed;
  }

  /**
   * Records an entry under a caller-chosen id, once: recording the same id again (a retry, or a copy
   * made by another instance) changes nothing.
   */
  async recordOnce(entry: AuditEntry): Promise<void> {
    try {
      await this.docs.create(entry);
    } catch (error) {
      if (error instanceof DuplicateError) return;
      throw error;
    }
  }

  /** Entries written before `cutoff` (ISO), any subject: the retention job deletes them. */
  listBefore(cutoff: string): Promise<Array<Stored<AuditEntry>>> {
    return this.docs.query('SELECT * FROM c WHERE c.at < @cutoff', [{ name: '@cutoff', value: cutoff }]);
  }

  remove(entry: AuditEntry): Promise<boolean> {
    return this.docs.delete(entry.id, entry.pk);
  }

  list(subject: string): Promise<Array<Stored<AuditEntry>>> {
    return this.docs.query(
      'SELECT * FROM c WHERE c.pk = @pk ORDER BY c.at',
      [{ name: '@pk', value: subject }],
      subject,
    );
  }
}
