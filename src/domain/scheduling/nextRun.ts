/** The next occurrence of a five-field cron expression in Europe/Helsinki (DST rules: see reminders.ts). */
import { CronExpressionParser } from 'cron-parser';
import { SiltaError } from '../errors';
import { COUNTY_TIME_ZONE } from '../time';

export class ScheduleError extends SiltaError<'SCHEDULE_INVALID'> {
  constructor(cron: string, why: string) {
    super('SCHEDULE_INVALID', { cron, why });
  }
}

/** The first run strictly after `after`. Throws ScheduleError for a malformed expression. */
export function nextRun(cron: string, after: Date): Date {
  if (cron.trim().split(/\s+/).length !== 5) throw new ScheduleError(cron, 'not five fields');
  try {
    return CronExpressionParser.parse(cron, { currentDate: after, tz: COUNTY_TIME_ZONE }).next().toDate();
  } catch (error) {
    throw new ScheduleError(cron, (error as Error).message);
  }
}
