/**
 * How long a submission lives (docs/ngo.md §6, docs/data-lifetimes.md §1): an accepted activity until
 * `ngoEventDays` after its last date (Helsinki); everything else (unanswered, declined, turned into a
 * notice, accepted material) `ngoSubmissionDays` after its last change. The NGO contact person's
 * details live in the submission and go with it.
 */
import { DateTime } from 'luxon';
import { COUNTY_TIME_ZONE } from '../time';
import type { Submission } from './types';

export interface SubmissionLifetimes {
  ngoSubmissionDays: number;
  ngoEventDays: number;
}

/** The instant after which the submission is deleted. */
export function submissionExpiresAt(submission: Submission, lifetimes: SubmissionLifetimes): Date {
  const schedule = submission.form.schedule;
  if (submission.state === 'accepted' && schedule) {
    return DateTime.fromISO(schedule.lastDate, { zone: COUNTY_TIME_ZONE })
      .endOf('day')
      .plus({ days: lifetimes.ngoEventDays })
      .toJSDate();
  }
  const changed = DateTime.fromISO(submission.updatedAt, { zone: 'utc' });
  // An unreadable time counts as due: nothing is kept forever.
  if (!changed.isValid) return new Date(0);
  return changed.plus({ days: lifetimes.ngoSubmissionDays }).toJSDate();
}

export const isSubmissionDue = (submission: Submission, now: Date, lifetimes: SubmissionLifetimes): boolean =>
  submissionExpiresAt(submission, lifetimes).getTime() <= now.getTime();

/** An accepted activity goes `ngoEventDays` after its last date ends in Helsinki. */
export const isEventDue = (
  event: { schedule: { lastDate: string } },
  now: Date,
  lifetimes: SubmissionLifetimes,
): boolean =>
  DateTime.fromISO(event.schedule.lastDate, { zone: COUNTY_TIME_ZONE })
    .endOf('day')
    .plus({ days: lifetimes.ngoEventDays })
    .toMillis() <= now.getTime();
