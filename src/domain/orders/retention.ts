/** Personal data of finished orders is removed after the retention period (default 24 months). */
import { DateTime } from 'luxon';
import { FINISHED_STATES, type Order } from './types';

export const DEFAULT_RETENTION_MONTHS = 24;
const PURGED = '–';

/** True when the order finished more than `months` ago and still holds personal data. */
export function isDueForPurge(order: Order, now: Date, months = DEFAULT_RETENTION_MONTHS): boolean {
  if (order.purgedAt || !FINISHED_STATES.includes(order.state)) return false;
  const finished = DateTime.fromISO(order.updatedAt).plus({ months });
  return finished.toMillis() <= now.getTime();
}

/** The order without names, contacts and free text; counts, themes, dates and ratings stay for the summary. */
export function purgePersonalData(order: Order, now: Date, months = DEFAULT_RETENTION_MONTHS): Order {
  if (!isDueForPurge(order, now, months)) return order;
  const { confirmedExpert: _expert, rejectionReason: _reason, infoRequest: _info, ...rest } = order;
  const strip = <T extends { text?: string }>(f: T | undefined) =>
    f ? { ...f, text: undefined } : undefined;
  return {
    ...rest,
    orderer: { name: PURGED, aadObjectId: order.orderer.aadObjectId },
    details: {
      ...order.details,
      contact: { name: PURGED },
      description: PURGED,
      address: undefined,
      otherWishes: undefined,
    },
    liaisons: order.liaisons.map((l) => ({
      name: PURGED,
      ...(l.aadObjectId ? { aadObjectId: l.aadObjectId } : {}),
    })),
    feedback: {
      ...(order.feedback.orderer ? { orderer: strip(order.feedback.orderer)! } : {}),
      ...(order.feedback.expert ? { expert: strip(order.feedback.expert)! } : {}),
    },
    history: order.history.map(({ note: _note, ...entry }) => ({ ...entry, by: { name: PURGED } })),
    purgedAt: now.toISOString(),
  };
}
