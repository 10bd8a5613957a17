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
  {
    date: (y: number, m: number, d: number) => string;
    dayMonth: (m: number, d: number) => string;
    time: (h: number, min: string) => string;
  }
> = {
  fi: {
    date: (y, m, d) => `${d}.${m}.${y}`,
    dayMonth: (m, d) => `${d}.${m}.`,
    time: (h, min) => `klo ${h}.${min}`,
  },
  sv: {
    date: (y, m, d) => `${d}.${m}.${y}`,
    dayMonth: (m, d) => `${d}.${m}`,
    time: (h, min) => `kl. ${h}.${min}`,
  },
  en: {
    date: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    dayMonth: (m, d) => `${d} ${MONTHS[m - 1]}`,
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

/** A day of a year without the year: "1.2." (fi), "1.2" (sv), "1 Feb" (en). */
export function dayMonthText(month: number, day: number, t: Translate): string {
  return FORMATS[t.locale ?? 'fi'].dayMonth(month, day);
}

/** A wall-clock time: "klo 9.00" (fi), "kl. 9.00" (sv), "09:00" (en). */
export function clockText(hour: number, minute: number, t: Translate): string {
  return FORMATS[t.locale ?? 'fi'].time(hour, String(minute).padStart(2, '0'));
}

/** A wall-clock time given as "HH:MM" (an order's start): "klo 13.00" (fi), "kl. 13.00" (sv), "13:00" (en). */
export function hhmmText(hhmm: string, t: Translate): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? clockText(Number(m[1]), Number(m[2]), t) : hhmm;
}

/** A decimal number the way the language writes it: 4,5 (fi, sv), 4.5 (en). */
export function decimalText(value: number, t: Translate, digits = 1): string {
  const text = value.toFixed(digits);
  return t.locale === 'en' ? text : text.replace('.', ',');
}
