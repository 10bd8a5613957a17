/**
 * Recurring reminders (docs/notices.md §6), on cron schedules in Europe/Helsinki.
 *
 * Daylight saving time, deterministically:
 * - a 09:00 job stays at 09:00 local time across both changes (06:00Z in summer, 07:00Z in winter);
 * - spring forward (last Sunday of March, 03:00 → 04:00): a time that does not exist that day
 *   (03:00–03:59) runs once, one hour later (03:30 → 04:30 EEST), and at its own time again next day;
 * - fall back (last Sunday of October, 04:00 → 03:00): a time that occurs twice (03:00–03:59) runs
 *   once, at its first occurrence (03:30 EEST = 00:30Z), not again an hour later.
 * The monthly network meeting ("first Tuesday") is cron's nth-weekday form: "2#1".
 */

export type ReminderKey = 'informStaff' | 'meetMunicipal' | 'network';
/** centreLiaisons: sote-keskus liaisons; allLiaisons: every liaison of the network except municipal ones. */
export type ReminderAudience = 'centreLiaisons' | 'allLiaisons';

export interface Reminder {
  id: string;
  /** The ready-made reminders: text keys notices.reminder_<key> (message) and notices.reminderName_<key> (name). */
  key?: ReminderKey;
  /** A reminder the coordinator added: its own title and text (in the language it was written in). */
  title?: string;
  text?: string;
  /** English name for logs and audit. */
  name?: string;
  /** Five-field cron (minute hour day-of-month month day-of-week); "2#1" = first Tuesday. */
  cron: string;
  audience: ReminderAudience;
  paused: boolean;
  /** Removed by the coordinator: kept as a marker so a ready-made reminder is not created again at start. */
  removed?: boolean;
  /** ISO instant of the next run. */
  nextRunAt: string;
}

/** docs/notices.md §6: inform staff about the liaison role at least twice a year; meet the municipal liaison at least twice a year; the monthly network meeting. */
export const DEFAULT_REMINDERS: ReadonlyArray<Omit<Reminder, 'nextRunAt' | 'paused'>> = [
  {
    id: 'inform-staff',
    key: 'informStaff',
    name: 'Inform staff about your liaison role (1 Feb and 1 Sep 09:00)',
    cron: '0 9 1 2,9 *',
    audience: 'centreLiaisons',
  },
  {
    id: 'meet-municipal',
    key: 'meetMunicipal',
    name: 'Meet your municipal liaison (15 Mar and 15 Oct 09:00)',
    cron: '0 9 15 3,10 *',
    audience: 'centreLiaisons',
  },
  {
    id: 'network',
    key: 'network',
    name: 'Liaison network meeting (first Tuesday of the month 09:00)',
    cron: '0 9 * * 2#1',
    audience: 'allLiaisons',
  },
];

export { nextRun, ScheduleError } from './nextRun';
