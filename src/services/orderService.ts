import { randomUUID } from 'node:crypto';
import type { Unit } from '../domain/directory';
import { suggestExperts, themesOf, type Suggestion } from '../domain/experts/suggest';
import type { Expert } from '../domain/experts/types';
import {
  isDueForPurge,
  ordersCsv,
  purgeAuditEntry,
  purgeCutoff,
  purgePersonalData,
  routeOrder,
  sameWorkflow,
  transition,
  validateOrderForm,
  yearlySummary,
  type Actor,
  type FormError,
  type InvalidReason,
  type Order,
  type OrderAction,
  type OrderMessage,
  type TransitionError,
  type YearlySummary,
} from '../domain/orders';
import type { Clock } from '../domain/time';
import { StaleWriteError } from './storageErrors';
import { DuplicateError } from '../infra/cosmos/errors';
import type { Logger } from '../infra/logger';

import type { DirectoryService } from './directoryService';
import type { Repositories, StoredOrder } from './repositories';

export type CreateResult =
  | { kind: 'ok'; order: StoredOrder }
  /** The form was sent before (the same submission id): that order, unchanged (docs/orders.md §1.2). */
  | { kind: 'duplicate'; order: StoredOrder }
  /** The submission id names someone else's order (a forged card): nothing is stored or shown. */
  | { kind: 'notAllowed' }
  | { kind: 'invalid'; errors: FormError[] }
  /** No centre liaison and no regional coordinator valid today: nothing is stored. */
  | { kind: 'noLiaison'; code: 'ORDER_NO_LIAISON'; unitId: string };

export type ActResult =
  | { kind: 'done'; order: StoredOrder; before: Order }
  | { kind: 'notFound' }
  /** Refused by the rules; `order` is the current state (to show instead of a stale card). */
  | { kind: 'refused'; code: TransitionError; reason?: InvalidReason; order: StoredOrder }
  /** Someone else changed the order at the same moment; `order` shows what they did. */
  | { kind: 'conflict'; order: StoredOrder };

export interface OrderSummary {
  summary: YearlySummary;
  csv: string;
}

/** How many times an action is taken again after meeting only bookkeeping changes (see act). */
export const MAX_BOOKKEEPING_RETRIES = 3;

/** How long a summary's CSV download link works. */
const EXPORT_LIFETIME_MS = 60 * 60_000;
/** How long the summary chart's link works (docs/orders.md §9). */
const CHART_LIFETIME_MS = 7 * 24 * 60 * 60_000;

/** Use cases of experience-expert orders: create, act, suggest, summarise, and the scheduled upkeep. */
export class OrderService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly retentionMonths: number,
  ) {}

  experts(): Expert[] {
    return this.directory.current?.experts ?? [];
  }

  themes(): string[] {
    return themesOf(this.experts());
  }

  units(): Unit[] {
    return this.directory.current?.register.units ?? [];
  }

  actorFor(aadObjectId: string | undefined, name: string): Actor {
    return {
      ...(aadObjectId ? { aadObjectId } : {}),
      name,
      coordinator: this.directory.roles(aadObjectId).coordinator,
    };
  }

  /** The form's problems as the server sees them now, storing nothing (moving between its parts). */
  checkForm(raw: Record<string, unknown>, ordererName: string): FormError[] {
    const form = validateOrderForm(raw, {
      now: this.clock(),
      unitIds: new Set(this.units().map((unit) => unit.id)),
      themes: this.themes(),
      ordererName,
    });
    return form.kind === 'ok' ? [] : form.errors;
  }

  /**
   * Validates the form (server side), routes it to the unit's liaisons and stores it. The form's
   * submission id becomes the order's id, so the same form sent again (a double click, a second
   * instance) meets the stored order instead of making another (docs/orders.md §1.2).
   */
  async create(
    raw: Record<string, unknown>,
    orderer: { aadObjectId: string; name: string },
    submissionId?: string,
  ): Promise<CreateResult> {
    const earlier = submissionId ? await this.get(submissionId) : undefined;
    if (earlier) return this.sentBefore(earlier, orderer);
    const now = this.clock();
    const form = validateOrderForm(raw, {
      now,
      unitIds: new Set(this.units().map((unit) => unit.id)),
      themes: this.themes(),
      ordererName: orderer.name,
    });
    if (form.kind !== 'ok') return form;
    const answer = this.directory.answerForUnit(form.value.unitId);
    if (answer.kind !== 'unit')
      return { kind: 'invalid', errors: [{ field: 'unitId', code: 'unknownValue' }] };
    const routing = routeOrder(form.value.unitId, { centre: answer.liaisons, regional: answer.regional });
    if (routing.kind !== 'ok') return routing;
    const order: Order = {
      id: submissionId ?? randomUUID(),
      state: 'submitted',
      details: form.value,
      orderer,
      liaisons: routing.assignedLiaisons,
      routedTo: routing.routedTo,
      candidates: [],
      declined: [],
      feedback: {},
      history: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    let stored: StoredOrder;
    try {
      stored = await this.repos().orders.create(order);
    } catch (error) {
      const winner = error instanceof DuplicateError ? await this.get(order.id) : undefined;
      if (!winner) throw error;
      return this.sentBefore(winner, orderer);
    }
    await this.repos().audit.record(
      `order:${order.id}`,
      orderer.aadObjectId,
      'order.create',
      { unitId: form.value.unitId, routedTo: order.routedTo },
      now,
    );
    this.log.info(
      { orderId: order.id, unitId: form.value.unitId, routedTo: order.routedTo },
      'order created',
    );
    return { kind: 'ok', order: stored };
  }

  /** The same form again: its order for the one who sent it, nothing for anyone else. */
  private sentBefore(order: StoredOrder, orderer: { aadObjectId: string }): CreateResult {
    const same = order.orderer.aadObjectId.toLowerCase() === orderer.aadObjectId.toLowerCase();
    return same ? { kind: 'duplicate', order } : { kind: 'notAllowed' };
  }

  get(id: string): Promise<StoredOrder | undefined> {
    return this.repos().orders.get(id);
  }

  /** The order with this id, if the id is one (card data is never trusted). */
  async find(id: string | undefined): Promise<StoredOrder | undefined> {
    return id ? this.get(id) : undefined;
  }

  /**
   * One workflow step, with the rules checked against the stored order and ETag concurrency on save. When
   * the save meets a newer copy that differs only in bookkeeping (a card's location was stored meanwhile),
   * the step is taken again on that copy, a few times at most; a real change by someone else is a conflict.
   */
  async act(orderId: string, action: OrderAction, actor: Actor): Promise<ActResult> {
    const { orders, audit } = this.repos();
    let current = await orders.get(orderId);
    if (!current) return { kind: 'notFound' };
    if (action.kind === 'propose' && !this.allActive(action.expertIds)) {
      return { kind: 'refused', code: 'ORDER_INVALID', reason: 'candidates', order: current };
    }
    for (let retries = 0; ; retries += 1) {
      const now = this.clock();
      const result = transition(current, this.withExpert(current, action), actor, now.toISOString());
      if (result.kind !== 'ok')
        return {
          kind: 'refused',
          code: result.code,
          ...(result.reason ? { reason: result.reason } : {}),
          order: current,
        };
      try {
        const saved = await orders.save(result.order, current._etag);
        const last = result.order.history.at(-1)!;
        await audit.record(
          `order:${orderId}`,
          actor.aadObjectId ?? actor.name,
          `order.${action.kind}`,
          { from: last.from, to: last.to, note: last.note },
          now,
        );
        return { kind: 'done', order: saved, before: current };
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
        const latest = await orders.get(orderId);
        if (!latest) return { kind: 'notFound' };
        if (retries >= MAX_BOOKKEEPING_RETRIES || !sameWorkflow(current, latest))
          return { kind: 'conflict', order: latest };
        this.log.debug(
          { orderId, action: action.kind, retries },
          'order changed by bookkeeping only; retrying',
        );
        current = latest;
      }
    }
  }

  /** Remembers where a card of the order was posted (retries on a concurrent change). */
  addMessage(orderId: string, message: OrderMessage): Promise<void> {
    return this.rewrite(orderId, (order) => ({
      ...order,
      messages: [
        ...(order.messages ?? []).filter((m) => m.key !== message.key || m.activityId !== message.activityId),
        message,
      ],
    }));
  }

  /** Marks the order posted to its liaisons (docs/orders.md §1.2). */
  markAnnounced(orderId: string): Promise<void> {
    return this.rewrite(orderId, (order) => (order.announced ? undefined : { ...order, announced: true }));
  }

  /**
   * Reads the order, applies `change` and saves it with IfMatch, reading again after a concurrent
   * write (at most 5 tries). `change` returns undefined when there is nothing to write.
   */
  private async rewrite(orderId: string, change: (order: StoredOrder) => Order | undefined): Promise<void> {
    const { orders } = this.repos();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const order = await orders.get(orderId);
      const next = order && change(order);
      if (!order || !next) return;
      try {
        await orders.save(next, order._etag);
        return;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
  }

  /**
   * Orders a stopped process left unannounced (created over `graceMs` ago), each claimed for this
   * instance by marking it announced with IfMatch: of two instances, one posts it.
   */
  async claimUnannounced(graceMs: number): Promise<StoredOrder[]> {
    const { orders } = this.repos();
    const before = new Date(this.clock().getTime() - graceMs).toISOString();
    const claimed: StoredOrder[] = [];
    for (const order of await orders.listUnannounced(before)) {
      try {
        claimed.push(await orders.save({ ...order, announced: true }, order._etag));
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
    return claimed;
  }

  /** The register's suggestions for an order: active experts by theme, language, area or remote. */
  suggestions(order: Order): Suggestion[] {
    const unit = this.units().find((u) => u.id === order.details.unitId);
    return suggestExperts(this.experts(), {
      themes: order.details.themes,
      language: order.details.language,
      area: unit?.area ?? '',
      remote: order.details.mode === 'remote',
    });
  }

  expert(id: string | undefined): Expert | undefined {
    return id ? this.experts().find((e) => e.id === id) : undefined;
  }

  /** Orders the user handles or ordered that are still open. */
  openFor(aadObjectId: string): Promise<StoredOrder[]> {
    return this.repos().orders.listOpenFor(aadObjectId);
  }

  async summary(year: number): Promise<OrderSummary> {
    const orders = await this.repos().orders.listByYear(year);
    const summary = yearlySummary(orders, year);
    return {
      summary,
      csv: ordersCsv(orders, (id) => this.directory.unit(id)?.name),
    };
  }

  /** The year's summary with its CSV stored for an hour under a new download token. */
  async exportSummary(year: number): Promise<{ summary: YearlySummary; exportToken: string }> {
    const { summary, csv } = await this.summary(year);
    const exportToken = randomUUID();
    await this.repos().exports.save(exportToken, csv, this.clock().getTime() + EXPORT_LIFETIME_MS);
    return { summary, exportToken };
  }

  /** The summary's chart image (counts only) stored for a week, its link's life; returns its token. */
  async exportChart(png: Buffer): Promise<string> {
    const token = randomUUID();
    await this.repos().exports.savePng(token, png, this.clock().getTime() + CHART_LIFETIME_MS);
    return token;
  }

  /** An export by its token while it has not expired: the CSV, or the chart's PNG. */
  readExport(token: string, kind: 'csv' | 'png'): Promise<string | Buffer | undefined> {
    const now = this.clock().getTime();
    return kind === 'png' ? this.repos().exports.readPng(token, now) : this.repos().exports.read(token, now);
  }

  /** Scheduled upkeep: confirmed orders whose event has ended become held; old finished orders are purged. */
  async tick(): Promise<{ held: StoredOrder[]; purged: number }> {
    const now = this.clock();
    const { orders, audit } = this.repos();
    const system: Actor = { name: 'Silta', coordinator: false, system: true };
    const held: StoredOrder[] = [];
    for (const order of await orders.listEndedConfirmed(now.getTime())) {
      const result = await this.act(order.id, { kind: 'markHeld' }, system);
      if (result.kind === 'done') held.push(result.order);
    }
    let purged = 0;
    // Finished orders, and unfinished ones left alone long after their event (nobody closed them).
    for (const order of await orders.listDueForPurge(purgeCutoff(now, this.retentionMonths))) {
      if (!isDueForPurge(order, now, this.retentionMonths)) continue;
      try {
        // The audit trail first: were the order saved first and this failed, no later run would retry it.
        await audit.rewrite(`order:${order.id}`, purgeAuditEntry);
        await orders.save(purgePersonalData(order, now, this.retentionMonths), order._etag);
        purged += 1;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
    if (held.length + purged > 0) this.log.info({ held: held.length, purged }, 'order upkeep');
    return { held, purged };
  }

  private allActive(ids: readonly string[]): boolean {
    return ids.every((id) => this.experts().some((e) => e.id === id && e.status === 'aktiivinen'));
  }

  /** An acceptance carries the offered expert from the register (the card never supplies contact data). */
  private withExpert(order: Order, action: OrderAction): OrderAction {
    if (action.kind !== 'answer' || !action.accepted) return action;
    const expert = this.expert(order.offeredTo);
    return expert ? { ...action, expert } : action;
  }
}
