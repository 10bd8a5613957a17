/**
 * A reminder the county coordinator adds from a card (docs/notices.md §6): what to say, to whom, and
 * when, chosen from the rhythms the ready-made reminders use (a day of the month, or the first weekday
 * of the month; every month or some months) rather than typed as cron. The card data is never trusted: every field is checked here.
 */
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

export const REMINDER_FIELDS = [
  'title',
  'text',
  'audience',
  'rhythm',
  'day',
  'weekday',
  'months',
  'time',
] as const;
export type ReminderField = (typeof REMINDER_FIELDS)[number];
export type ReminderFormError = { field: ReminderField; code: 'required' | 'tooLong' | 'invalid' };

export const REMINDER_TITLE_MAX = 100;
export const REMINDER_TEXT_MAX = 2000;
const AUDIENCES: readonly ReminderAudience[] = ['centreLiaisons', 'allLiaisons'];

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

const text = (raw: Record<string, unknown>, field: string) =>
  typeof raw[field] === 'string'
    ? (raw[field] as string).trim()
    : typeof raw[field] === 'number'
      ? String(raw[field])
      : '';

const whole = (value: string, min: number, max: number): number | undefined => {
  if (!/^\d{1,2}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};

export type ReminderFormResult =
  { ok: true; value: ReminderDraft } | { ok: false; errors: ReminderFormError[] };

/** The add-reminder form → a reminder draft with its cron, or every problem by field. */
export function validateReminderForm(raw: Record<string, unknown>): ReminderFormResult {
  const errors: ReminderFormError[] = [];
  const required = (field: ReminderField, max: number): string => {
    const value = text(raw, field);
    if (!value) errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'tooLong' });
    return value;
  };
  const title = required('title', REMINDER_TITLE_MAX);
  const body = required('text', REMINDER_TEXT_MAX);
  const audience = text(raw, 'audience') as ReminderAudience;
  if (!AUDIENCES.includes(audience))
    errors.push({ field: 'audience', code: audience ? 'invalid' : 'required' });

  const rhythmKind = text(raw, 'rhythm');
  let rhythm: Schedule['rhythm'] | undefined;
  if (rhythmKind === 'dayOfMonth') {
    // Days 29–31 do not come every month: the form offers 1–28.
    const day = whole(text(raw, 'day'), 1, 28);
    if (day === undefined) errors.push({ field: 'day', code: text(raw, 'day') ? 'invalid' : 'required' });
    else rhythm = { kind: 'dayOfMonth', day };
  } else if (rhythmKind === 'firstWeekday') {
    const weekday = whole(text(raw, 'weekday'), 1, 7);
    if (weekday === undefined)
      errors.push({ field: 'weekday', code: text(raw, 'weekday') ? 'invalid' : 'required' });
    else rhythm = { kind: 'firstWeekday', weekday };
  } else errors.push({ field: 'rhythm', code: rhythmKind ? 'invalid' : 'required' });

  const monthText = text(raw, 'months');
  const months = monthText ? monthText.split(',').map((m) => whole(m.trim(), 1, 12)) : [];
  if (months.some((m) => m === undefined)) errors.push({ field: 'months', code: 'invalid' });

  const time = /^(\d{1,2}):(\d{2})$/.exec(text(raw, 'time'));
  const hour = time ? whole(time[1]!, 0, 23) : undefined;
  const minute = time ? whole(time[2]!, 0, 59) : undefined;
  if (hour === undefined || minute === undefined)
    errors.push({ field: 'time', code: text(raw, 'time') ? 'invalid' : 'required' });

  if (errors.length > 0 || !rhythm || hour === undefined || minute === undefined)
    return { ok: false, errors };
  const cron = cronOf({ rhythm, months: [...new Set(months as number[])], hour, minute });
  return { ok: true, value: { title, text: body, audience, cron } };
}
