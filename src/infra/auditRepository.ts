import { randomUUID } from 'node:crypto';
import type { CosmosStore } from './cosmos/store';
import { Documents } from './cosmos/documents';

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

  list(subject: string): Promise<AuditEntry[]> {
    return this.docs.query(
      'SELECT * FROM c WHERE c.pk = @pk ORDER BY c.at',
      [{ name: '@pk', value: subject }],
      subject,
    );
  }
}
