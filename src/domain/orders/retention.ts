/**
 * Personal data of old orders is removed after the retention period (default 24 months; docs/orders.md §8).
 * What stays is what the yearly summary needs: unit, dates, purpose, themes, counts, states and ratings.
 */
import { DateTime } from 'luxon';
import { FINISHED_STATES, type Order } from './types';

export const DEFAULT_RETENTION_MONTHS = 24;
const PURGED = '–';

/**
 * When the retention clock started: the finish (closedAt, or the last change of orders finished before
 * closedAt existed). An order left unfinished (never closed after the event, or never handled) counts
 * from its last change or the end of its event, whichever is later, so nothing is kept forever.
 */
export function retentionStart(order: Order): number {
  if (FINISHED_STATES.includes(order.state)) return Date.parse(order.closedAt ?? order.updatedAt);
  const eventEnd = Date.parse(order.details.startsAt) + order.details.durationMinutes * 60_000;
  return Math.max(Date.parse(order.updatedAt), Number.isNaN(eventEnd) ? 0 : eventEnd);
}

/** The latest retention start that can be due now: the coarse filter for the purge query. */
export function purgeCutoff(now: Date, months = DEFAULT_RETENTION_MONTHS): number {
  return DateTime.fromJSDate(now).minus({ months }).toMillis();
}

/** True when the retention period has passed since `retentionStart` and the order still holds personal data. */
export function isDueForPurge(order: Order, now: Date, months = DEFAULT_RETENTION_MONTHS): boolean {
  if (order.purgedAt) return false;
  const due = DateTime.fromMillis(retentionStart(order)).plus({ months });
  return due.isValid && due.toMillis() <= now.getTime();
}

/**
 * The order without names, contacts, AAD ids, expert ids and free text. Unchanged (the same object) when it
 * is not yet due.
 */
export function purgePersonalData(order: Order, now: Date, months = DEFAULT_RETENTION_MONTHS): Order {
  if (!isDueForPurge(order, now, months)) return order;
  const {
    confirmedExpert: _expert,
    rejectionReason: _reason,
    infoRequest: _info,
    chosenExpertId: _chosen,
    offeredTo: _offered,
    messages: _messages,
    ...rest
  } = order;
  const strip = <T extends { text?: string }>(f: T | undefined) => {
    if (!f) return undefined;
    const { text: _text, ...kept } = f;
    return kept;
  };
  const { address: _address, otherWishes: _wishes, ...details } = order.details;
  const ordererFeedback = strip(order.feedback.orderer);
  const expertFeedback = strip(order.feedback.expert);
  return {
    ...rest,
    orderer: { name: PURGED, aadObjectId: '' },
    details: { ...details, contact: { name: PURGED }, description: PURGED },
    liaisons: order.liaisons.map(() => ({ name: PURGED })),
    candidates: [],
    declined: [],
    feedback: {
      ...(ordererFeedback ? { orderer: ordererFeedback } : {}),
      ...(expertFeedback ? { expert: expertFeedback } : {}),
    },
    history: order.history.map(({ note: _note, experts: _experts, ...entry }) => ({
      ...entry,
      by: { name: PURGED },
    })),
    purgedAt: now.toISOString(),
  };
}

/** What an order's audit entry keeps after the purge: the transition (from → to); `at` and `action` stay too. */
const AUDIT_SKELETON: readonly string[] = ['from', 'to'];

/**
 * An audit entry of a purged order (subject `order:<id>`) without the actor's id and without notes,
 * reasons, questions or expert ids: only the transition skeleton is kept. Idempotent.
 */
export function purgeAuditEntry<T extends { actor: string; details: Record<string, unknown> }>(entry: T): T {
  const details = Object.fromEntries(
    Object.entries(entry.details).filter(([key]) => AUDIT_SKELETON.includes(key)),
  );
  return { ...entry, actor: PURGED, details };
}
