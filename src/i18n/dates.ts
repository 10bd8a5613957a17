import { COUNTY_TIME_ZONE } from '../domain/time';
import type { Locale, Translate } from './index';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNTY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** How each language writes a date, and a date with a time (Finnish: 24.12.2026 klo 9.00). */
const FORMATS: Record<
  Locale,
  { date: (y: number, m: number, d: number) => string; time: (h: number, min: string) => string }
> = {
  fi: { date: (y, m, d) => `${d}.${m}.${y}`, time: (h, min) => `klo ${h}.${min}` },
  sv: { date: (y, m, d) => `${d}.${m}.${y}`, time: (h, min) => `kl. ${h}.${min}` },
  en: {
    date: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    time: (h, min) => `${String(h).padStart(2, '0')}:${min}`,
  },
};

/** An instant as the county's wall-clock time in the translator's language: "24.12.2026 klo 9.00". */
export function dateTimeText(instant: Date | string, t: Translate): string {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const format = FORMATS[t.locale ?? 'fi'];
  const date = format.date(Number(parts.year), Number(parts.month), Number(parts.day));
  return `${date}${t.locale === 'en' ? ',' : ''} ${format.time(Number(parts.hour), parts.minute ?? '00')}`;
}

/** A calendar date (yyyy-mm-dd) in the translator's language: "24.12.2026". */
export function dateText(isoDate: string, t: Translate): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d || m > 12) return isoDate;
  return FORMATS[t.locale ?? 'fi'].date(y, m, d);
}
