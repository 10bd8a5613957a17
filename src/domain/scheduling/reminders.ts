/**
 * Recurring reminders from the seeds, on cron schedules in Europe/Helsinki: a 09:00 job stays at 09:00
 * local time across the DST changes; a time that does not exist on the spring-forward day (03:00–03:59
 * on the last Sunday of March) runs one hour later, as cron-parser resolves it.
 */
import { CronExpressionParser } from 'cron-parser';
import { COUNTY_TIME_ZONE } from '../time';

export type ReminderKey = 'informStaff' | 'meetMunicipal' | 'network';
export type ReminderAudience = 'centreLiaisons' | 'allLiaisons';

export interface Reminder {
  id: string;
  key: ReminderKey;
  /** Five-field cron (minute hour day-of-month month day-of-week); "2#1" = first Tuesday. */
  cron: string;
  audience: ReminderAudience;
  paused: boolean;
  /** ISO instant of the next run. */
  nextRunAt: string;
}

/** Seed 002: inform staff about the liaison role at least twice a year; meet the municipal liaison at least twice a year; the monthly network meeting. */
export const DEFAULT_REMINDERS: ReadonlyArray<Omit<Reminder, 'nextRunAt' | 'paused'>> = [
  { id: 'inform-staff', key: 'informStaff', cron: '0 9 1 2,9 *', audience: 'centreLiaisons' },
  { id: 'meet-municipal', key: 'meetMunicipal', cron: '0 9 15 3,10 *', audience: 'centreLiaisons' },
  { id: 'network', key: 'network', cron: '0 9 * * 2#1', audience: 'allLiaisons' },
];

/** The first run strictly after `after`. Throws SCHEDULE_INVALID for a malformed expression. */
export function nextRun(cron: string, after: Date): Date {
  try {
    return CronExpressionParser.parse(cron, { currentDate: after, tz: COUNTY_TIME_ZONE }).next().toDate();
  } catch (error) {
    throw new Error(
      `SCHEDULE_INVALID "${cron}": ${(error as Error).message}; use five cron fields, e.g. "0 9 1 2,9 *"`,
    );
  }
}
