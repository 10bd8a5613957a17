/**
 * How long each kind of stored personal data lives (docs/data-lifetimes.md §1). Pure rules: the
 * retention job (services/retentionService.ts) asks them and deletes or rewrites what they say is due.
 */
import { DateTime } from 'luxon';
import type { Notice } from '../notices/types';
import { COUNTY_TIME_ZONE } from '../time';

/** The configurable lifetimes (settings in the README's configuration table). */
export interface Lifetimes {
  /** Audit entries are deleted this many months after they were written. */
  auditMonths: number;
  /** A user not seen for this long loses their conversation reference, profile and subscriptions. */
  userInactiveMonths: number;
  /** A notice is deleted this many days after it stopped being useful (see noticeRetentionStart). */
  noticeDays: number;
  /** A finished notice's deliveries (who got it) are deleted this many days after sending ended. */
  deliveryDays: number;
  /** Bot turn state not written for this many days is deleted. */
  turnStateDays: number;
  /** Declined and unanswered NGO submissions are deleted this many days after their last change (docs/ngo.md §6). */
  ngoSubmissionDays: number;
  /** Accepted NGO activities and their submissions are deleted this many days after their last date. */
  ngoEventDays: number;
}

export const DEFAULT_LIFETIMES: Lifetimes = {
  auditMonths: 36,
  userInactiveMonths: 12,
  noticeDays: 90,
  deliveryDays: 30,
  turnStateDays: 30,
  ngoSubmissionDays: 90,
  ngoEventDays: 30,
};

/** A register import preview (the uploaded CSV files) can be confirmed for this long; then it is deleted. */
export const REGISTER_PREVIEW_MS = 30 * 60_000;
/** An erasure preview (consent withdrawn) can be confirmed for this long; then it is deleted. */
export const ERASURE_PREVIEW_MS = 30 * 60_000;
/**
 * The register version before the current one is kept this long after it was replaced (a reader on
 * another instance may still be loading it), then deleted.
 */
export const PREVIOUS_REGISTER_MS = 10 * 60_000;
/** A conversation reference is rewritten at least this often while its user is active (its "seen" time). */
export const SEEN_REFRESH_MS = 24 * 60 * 60_000;

export type Age = { months: number } | { days: number } | { ms: number };

/** The instant `age` before `now`: anything written before it is due. ISO string, comparable in queries. */
export function cutoff(now: Date, age: Age): string {
  const at = DateTime.fromJSDate(now, { zone: 'utc' });
  const before = 'ms' in age ? at.minus(age.ms) : at.minus(age);
  return before.toUTC().toISO()!;
}

/** true when `at` (ISO) is at or before `now` minus `age`; an unreadable time counts as due (nothing kept forever). */
export function isOlderThan(at: string | undefined, now: Date, age: Age): boolean {
  const time = at === undefined ? NaN : Date.parse(at);
  return Number.isNaN(time) || time <= Date.parse(cutoff(now, age));
}

/**
 * When a notice stops being useful: a sent or scheduled notice at the end of its last valid day
 * (Helsinki), its last change or its sending time, whichever is latest; a draft or cancelled notice at
 * its last change.
 * A notice being sent never is (undefined).
 */
export function noticeRetentionStart(notice: Notice): string | undefined {
  if (notice.state === 'sending') return undefined;
  if (notice.state === 'draft' || notice.state === 'cancelled') return notice.updatedAt;
  const lastDay = DateTime.fromISO(notice.validUntil, { zone: COUNTY_TIME_ZONE }).endOf('day');
  const times = [Date.parse(notice.updatedAt), Date.parse(notice.sendAt ?? '')];
  if (lastDay.isValid) times.push(lastDay.toMillis());
  return new Date(Math.max(...times.filter((t) => !Number.isNaN(t)))).toISOString();
}

export function isNoticeDue(notice: Notice, now: Date, lifetimes: Pick<Lifetimes, 'noticeDays'>): boolean {
  const start = noticeRetentionStart(notice);
  return start !== undefined && isOlderThan(start, now, { days: lifetimes.noticeDays });
}

/** A notice's deliveries go once sending has ended (sent or cancelled) and `deliveryDays` have passed. */
export function areDeliveriesDue(
  notice: Notice,
  now: Date,
  lifetimes: Pick<Lifetimes, 'deliveryDays'>,
): boolean {
  if (notice.state !== 'sent' && notice.state !== 'cancelled') return false;
  return isOlderThan(notice.updatedAt, now, { days: lifetimes.deliveryDays });
}

/** When a user was last seen: their latest personal turn (reference) or profile change. */
export function lastSeen(...times: Array<string | undefined>): string | undefined {
  const known = times.filter((t): t is string => t !== undefined && !Number.isNaN(Date.parse(t)));
  if (known.length === 0) return undefined;
  return known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

export function isUserInactive(
  seen: string | undefined,
  now: Date,
  lifetimes: Pick<Lifetimes, 'userInactiveMonths'>,
): boolean {
  return isOlderThan(seen, now, { months: lifetimes.userInactiveMonths });
}

export function isAuditEntryDue(at: string, now: Date, lifetimes: Pick<Lifetimes, 'auditMonths'>): boolean {
  return isOlderThan(at, now, { months: lifetimes.auditMonths });
}
