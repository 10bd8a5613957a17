import { scheduleOf } from '../domain/scheduling/reminderForm';
import type { Reminder } from '../domain/scheduling/reminders';
import { clockText, dayMonthText, listText } from './formats';
import type { Translate } from './index';

/**
 * A reminder's schedule in words: "1.2. ja 1.9. klo 9.00", "kuukauden ensimmäinen tiistai klo 9.00".
 * A cron expression of another form (not made by the reminder form) is shown as it is.
 */
export function scheduleText(cron: string, t: Translate): string {
  const s = scheduleOf(cron);
  if (!s) return cron;
  const time = clockText(s.hour, s.minute, t);
  if (s.rhythm.kind === 'dayOfMonth') {
    const day = s.rhythm.day;
    if (s.months.length === 0) return t('notices.schedule_dayOfMonth', { day, time });
    return t('notices.schedule_dates', {
      dates: listText(
        s.months.map((m) => dayMonthText(m, day, t)),
        t,
      ),
      time,
    });
  }
  const weekday = t('notices.scheduleWeekdays').split(' ')[s.rhythm.weekday - 1] ?? '';
  if (s.months.length === 0) return t('notices.schedule_firstWeekday', { weekday, time });
  const names = t('notices.scheduleMonths').split(' ');
  const months = listText(
    s.months.map((m) => names[m - 1] ?? String(m)),
    t,
  );
  return t('notices.schedule_firstWeekdayIn', { weekday, months, time });
}

/** A reminder's name: the coordinator's own title, or the catalogue's name of a ready-made reminder. */
export function reminderName(r: Pick<Reminder, 'id' | 'key' | 'title'>, t: Translate): string {
  return r.title ?? (r.key ? t(`notices.reminderName_${r.key}`) : r.id);
}

/** A reminder's message: the coordinator's own text, or the catalogue's text of a ready-made reminder. */
export function reminderText(r: Pick<Reminder, 'id' | 'key' | 'text'>, t: Translate): string {
  return r.text ?? (r.key ? t(`notices.reminder_${r.key}`) : r.id);
}
