import { scheduleOf } from '../domain/scheduling/reminderForm';
import { clockText, dayMonthText } from './formats';
import type { Translate } from './index';

/** "a, b ja c" in the translator's language. */
function listText(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('notices.listAnd')} ${items.at(-1)}`;
}

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
