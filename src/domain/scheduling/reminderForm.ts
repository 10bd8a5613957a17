/**
 * A reminder the county coordinator adds from a card (docs/notices.md §6): what to say, to whom, and
 * when, chosen from the rhythms the ready-made reminders use (a day of the month, or the first weekday
 * of the month; every month or some months) rather than typed as cron. The card data is never trusted: every field is checked here.
 */
import { checkForm, type FormSpec } from '../forms/spec';
import type { ReminderAudience } from './reminders';

export interface Schedule {
  rhythm: { kind: 'dayOfMonth'; day: number } | { kind: 'firstWeekday'; weekday: number };
  /** 1–12; empty = every month. */
  months: number[];
  hour: number;
  minute: number;
}

export interface ReminderDraft {
  title: string;
  text: string;
  audience: ReminderAudience;
  cron: string;
}

export type ReminderFormCode = 'required' | 'tooLong' | 'invalid';

export const REMINDER_TITLE_MAX = 100;
export const REMINDER_TEXT_MAX = 2000;
/**
 * Reminders kept at most, ready-made ones included (removed ones do not count): the reminders card lists
 * them all, and with every one at its maximum this many still fit a Teams message (docs/notices.md §6).
 */
export const MAX_REMINDERS = 15;
const AUDIENCES: readonly ReminderAudience[] = ['centreLiaisons', 'allLiaisons'];
export const RHYTHMS = ['dayOfMonth', 'firstWeekday'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/**
 * The add-reminder form, field by field in the card's order: a day of the month (1–28: days 29–31 do
 * not come every month) or the first weekday of the month (1 = Monday … 7 = Sunday), the months
 * (none = every month) and the time, checked in Helsinki time.
 */
export const REMINDER_FORM = {
  title: { kind: 'text', required: true, maxLength: REMINDER_TITLE_MAX, label: 'reminderTitle' },
  text: { kind: 'longText', required: true, maxLength: REMINDER_TEXT_MAX, label: 'reminderText' },
  audience: { kind: 'choice', required: true, choices: AUDIENCES, choiceCode: 'invalid' },
  rhythm: { kind: 'choice', required: true, choices: RHYTHMS, choiceCode: 'invalid' },
  day: { kind: 'number', required: false, digits: 2, min: 1, max: 28, rangeCode: 'invalid' },
  weekday: { kind: 'number', required: false, digits: 2, min: 1, max: 7, rangeCode: 'invalid' },
  months: { kind: 'multiChoice', required: false },
  time: { kind: 'time', required: true },
} as const satisfies FormSpec<string>;

export type ReminderField = keyof typeof REMINDER_FORM;
export const REMINDER_FIELDS = Object.keys(REMINDER_FORM) as ReminderField[];
export type ReminderFormError = { field: ReminderField; code: ReminderFormCode };

/** cron's weekday numbers: 0 = Sunday … 6 = Saturday; the form counts 1 = Monday … 7 = Sunday. */
const cronWeekday = (weekday: number) => weekday % 7;

/** The five-field cron expression of a schedule (Europe/Helsinki, see nextRun). */
export function cronOf(s: Schedule): string {
  const months =
    s.months.length === 0 || s.months.length === 12 ? '*' : [...s.months].sort((a, b) => a - b).join(',');
  const day = s.rhythm.kind === 'dayOfMonth' ? String(s.rhythm.day) : '*';
  const weekday = s.rhythm.kind === 'firstWeekday' ? `${cronWeekday(s.rhythm.weekday)}#1` : '*';
  return `${s.minute} ${s.hour} ${day} ${months} ${weekday}`;
}

/** The schedule behind a cron expression of the forms cronOf writes; undefined for anything else. */
export function scheduleOf(cron: string): Schedule | undefined {
  const m = /^(\d{1,2}) (\d{1,2}) (\*|\d{1,2}) (\*|\d{1,2}(?:,\d{1,2})*) (\*|[0-6]#1)$/.exec(cron.trim());
  if (!m) return undefined;
  const [, minute, hour, day, months, weekday] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((day === '*') === (weekday === '*')) return undefined;
  return {
    rhythm:
      day !== '*'
        ? { kind: 'dayOfMonth', day: Number(day) }
        : { kind: 'firstWeekday', weekday: Number(weekday[0]) === 0 ? 7 : Number(weekday[0]) },
    months: months === '*' ? [] : months.split(',').map(Number),
    hour: Number(hour),
    minute: Number(minute),
  };
}

const whole = (value: string, min: number, max: number): number | undefined => {
  if (!/^\d{1,2}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};

export type ReminderFormResult =
  { kind: 'ok'; value: ReminderDraft } | { kind: 'invalid'; errors: ReminderFormError[] };

/** The add-reminder form → a reminder draft with its cron, or every problem by field. */
export function validateReminderForm(raw: Record<string, unknown>): ReminderFormResult {
  const { values: v, issues } = checkForm(REMINDER_FORM, raw, {
    onlyWhen: { day: (f) => f.rhythm === 'dayOfMonth', weekday: (f) => f.rhythm === 'firstWeekday' },
    numbersAsText: true,
  });
  const errors = issues as ReminderFormError[];
  const rhythm: Schedule['rhythm'] | undefined =
    v.rhythm === 'dayOfMonth'
      ? { kind: 'dayOfMonth', day: Number(v.day) }
      : v.rhythm === 'firstWeekday'
        ? { kind: 'firstWeekday', weekday: Number(v.weekday) }
        : undefined;
  const months = v.months ? v.months.split(',').map((m) => whole(m.trim(), 1, 12)) : [];
  if (months.some((m) => m === undefined)) errors.push({ field: 'months', code: 'invalid' });
  const time = /^(\d{1,2}):(\d{2})$/.exec(v.time);
  const hour = time ? whole(time[1]!, 0, 23) : undefined;
  const minute = time ? whole(time[2]!, 0, 59) : undefined;
  if (v.time && (hour === undefined || minute === undefined)) errors.push({ field: 'time', code: 'invalid' });
  errors.sort((a, b) => REMINDER_FIELDS.indexOf(a.field) - REMINDER_FIELDS.indexOf(b.field));
  const { title, text: body } = v;
  const audience = v.audience as ReminderAudience;

  if (errors.length > 0 || !rhythm || hour === undefined || minute === undefined)
    return { kind: 'invalid', errors };
  const cron = cronOf({ rhythm, months: [...new Set(months as number[])], hour, minute });
  return { kind: 'ok', value: { title, text: body, audience, cron } };
}
