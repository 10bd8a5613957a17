import { randomUUID } from 'node:crypto';
import type { Expert } from '../domain/experts/types';
import {
  ERASURE_PREVIEW_MS,
  eraseExpertFromOrder,
  findExperts,
  mentionsExpert,
  redactExpert,
  withoutExpert,
} from '../domain/retention';
import type { Clock } from '../domain/time';
import { StaleWriteError } from './storageErrors';
import type { Logger } from '../infra/logger';
import type { StoredOrder } from '../infra/orderRepository';
import type { DirectoryService } from './directoryService';
import type { RegisterService } from './registerService';
import type { Repositories } from './repositories';

export type ErasurePreview =
  | { kind: 'notAllowed' }
  | { kind: 'notFound' }
  /** Several experts have that name: the coordinator names one by tunnus. */
  | { kind: 'ambiguous'; experts: Expert[] }
  | { kind: 'preview'; token: string; expert: Expert; orders: StoredOrder[]; auditEntries: number };

export type ErasureResult =
  | { kind: 'notAllowed' }
  /** Unknown, already used or too old: nothing changes. */
  | { kind: 'expired' }
  /** Another person pressed the button: nothing changes and the preview stays. */
  | { kind: 'notAuthor' }
  /** The register changed after the preview: nothing changes; preview again. */
  | { kind: 'stale' }
  | { kind: 'erased'; version: number; orders: number; auditEntries: number };

const ORDER_SAVE_ATTEMPTS = 5;
const REGISTER_SAVE_RETRIES = 3;

/**
 * Consent withdrawn (suostumus peruttu): the county coordinator erases one experience expert's personal
 * data from the register (a new register version without them), from orders (name and contact become
 * a neutral marker, the order's history stays) and from the audit; the erasure itself is audited
 * without the erased values (docs/data-lifetimes.md §3). Preview first, then confirm.
 */
export class ConsentService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly register: RegisterService,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** What erasing the expert `words` names would remove, kept for the coordinator to confirm. */
  async preview(actor: string, words: string): Promise<ErasurePreview> {
    if (!this.directory.roles(actor).coordinator) return { kind: 'notAllowed' };
    await this.directory.refresh();
    const base = this.directory.current;
    const found = findExperts(base?.experts ?? [], words);
    if (found.length === 0 || !base) return { kind: 'notFound' };
    if (found.length > 1) return { kind: 'ambiguous', experts: found };
    const expert = found[0]!;
    const orders = await this.repos().orders.listNamingExpert(expert.id);
    const auditEntries = (await this.auditEntriesOf(expert, orders)).length;
    const token = randomUUID();
    await this.repos().erasures.save({
      id: token,
      actor,
      expertId: expert.id,
      baseVersion: base.version,
      at: this.clock().toISOString(),
    });
    return { kind: 'preview', token, expert, orders, auditEntries };
  }

  /** Carries out a previewed erasure, only for its author and only if the register did not change since. */
  async erase(token: string, actor: string): Promise<ErasureResult> {
    if (!this.directory.roles(actor).coordinator) return { kind: 'notAllowed' };
    const { erasures, orders, audit } = this.repos();
    const seen = await erasures.read(token);
    if (!seen) return { kind: 'expired' };
    if (seen.actor !== actor) return { kind: 'notAuthor' };
    const request = await erasures.take(token);
    if (!request || this.clock().getTime() - Date.parse(request.at) > ERASURE_PREVIEW_MS) {
      return { kind: 'expired' };
    }
    await this.directory.refresh();
    const base = this.directory.current;
    const expert = base?.experts.find((e) => e.id === request.expertId);
    if (!base || base.version !== request.baseVersion || !expert) return { kind: 'stale' };

    // Orders and audit first: each step is idempotent, so a failure part-way can simply be run again.
    const named = await orders.listNamingExpert(expert.id);
    for (const order of named) await this.eraseFromOrder(order.id, expert);
    const entries = await this.auditEntriesOf(expert, named);
    const redact = <T extends { details: Record<string, unknown> }>(entry: T): T => ({
      ...entry,
      details: redactExpert(entry.details, expert),
    });
    const subjects = ['register', ...named.map((o) => `order:${o.id}`)];
    for (const subject of subjects) await audit.rewrite(subject, redact);

    // Counts only: the erasure's record names nobody.
    const change = {
      action: 'register.eraseExpert',
      details: { orders: named.length, auditEntries: entries.length },
    };
    let saved = await this.register.saveExperts(
      withoutExpert(base.experts, expert.id),
      actor,
      base.version,
      change,
    );
    // An import landed in the moment between: the orders are already erased, so the register follows
    // on the newest version (the erasure concerns this one person, not the rest of the import).
    for (let retry = 0; saved.kind === 'stale' && retry < REGISTER_SAVE_RETRIES; retry += 1) {
      await this.directory.refresh();
      const latest = this.directory.current;
      if (!latest?.experts.some((e) => e.id === expert.id)) return { kind: 'stale' };
      saved = await this.register.saveExperts(
        withoutExpert(latest.experts, expert.id),
        actor,
        latest.version,
        change,
      );
    }
    if (saved.kind === 'stale') return saved;
    // The save copied the previous version's change record to the audit: it is redacted too.
    await audit.rewrite('register', redact);
    this.log.info(
      { version: saved.version, orders: named.length, auditEntries: entries.length },
      'experience expert erased (consent withdrawn)',
    );
    return { kind: 'erased', version: saved.version, orders: named.length, auditEntries: entries.length };
  }

  /** Drops a previewed erasure; only its author can. */
  async cancel(token: string, actor: string): Promise<boolean> {
    const { erasures } = this.repos();
    const request = await erasures.read(token);
    if (!request || request.actor !== actor) return false;
    return (await erasures.take(token)) !== undefined;
  }

  private async eraseFromOrder(orderId: string, expert: Expert): Promise<void> {
    const { orders } = this.repos();
    for (let attempt = 0; attempt < ORDER_SAVE_ATTEMPTS; attempt += 1) {
      const order = await orders.get(orderId);
      if (!order) return;
      const erased = eraseExpertFromOrder(order, expert);
      if (JSON.stringify(erased) === JSON.stringify(order)) return;
      try {
        await orders.save(erased, order._etag);
        return;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
    throw new StaleWriteError(`order ${orderId}`);
  }

  /** Audit entries that name the expert: the register's and those of the orders that named them. */
  private async auditEntriesOf(expert: Expert, orders: readonly StoredOrder[]) {
    const { audit } = this.repos();
    const subjects = ['register', ...orders.map((o) => `order:${o.id}`)];
    const entries = (await Promise.all(subjects.map((s) => audit.list(s)))).flat();
    return entries.filter((entry) => mentionsExpert(entry.details, expert));
  }
}
