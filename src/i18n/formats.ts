/**
 * Dates, times, numbers, names of months and weekdays and lists in the user's language, all from `Intl`
 * (the locale data of Node's ICU): Finnish and Swedish as written in Finland (24.12.2026, 9.00, 4,5),
 * English as in Britain (24 Dec 2026, 09:00, 4.5). The words around a time ("klo", "kl.") are messages.
 */
import { COUNTY_TIME_ZONE } from '../domain/time';
import type { Locale, Translate } from './index';

const INTL_LOCALE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function perLocale<T>(make: (locale: Locale, intl: string) => T): Record<Locale, T> {
  return { fi: make('fi', INTL_LOCALE.fi), sv: make('sv', INTL_LOCALE.sv), en: make('en', INTL_LOCALE.en) };
}

/** English writes the month as a word ("24 Dec 2026"), Finnish and Swedish as a number ("24.12.2026"). */
const dateFields = (locale: Locale) =>
  ({ day: 'numeric', month: locale === 'en' ? 'short' : 'numeric' }) as const;

/** Calendar dates are formatted as UTC midnights, instants in the county's time zone. */
const formatters = (timeZone: string) =>
  perLocale((locale, intl) => ({
    date: new Intl.DateTimeFormat(intl, { timeZone, ...dateFields(locale), year: 'numeric' }),
    dayMonth: new Intl.DateTimeFormat(intl, { timeZone, ...dateFields(locale) }),
    time: new Intl.DateTimeFormat(intl, {
      timeZone,
      hour: locale === 'en' ? '2-digit' : 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  }));
const calendar = formatters('UTC');
const county = formatters(COUNTY_TIME_ZONE);

/**
 * CLDR's British English abbreviates September "Sept" (en-GB and every day-first English locale);
 * Silta's English has always written "Sep", the abbreviation of en-US, which replaces en-GB's month.
 */
const englishMonth = {
  UTC: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short' }),
  county: new Intl.DateTimeFormat('en-US', { timeZone: COUNTY_TIME_ZONE, month: 'short' }),
};

function format(formatter: Intl.DateTimeFormat, date: Date, locale: Locale, month: Intl.DateTimeFormat) {
  if (locale !== 'en') return formatter.format(date);
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'month' ? month.format(date) : part.value))
    .join('');
}

const localeOf = (t: Translate): Locale => t.locale ?? 'fi';

/** An instant as the county's wall-clock time in the translator's language: "24.12.2026 klo 9.00". */
export function dateTimeText(instant: Date | string, t: Translate): string {
  const date = new Date(instant);
  const locale = localeOf(t);
  return t('common.dateAndTime', {
    date: format(county[locale].date, date, locale, englishMonth.county),
    time: county[locale].time.format(date),
  });
}

/** A calendar date (yyyy-mm-dd) as a UTC midnight, or undefined when it is not one. */
function calendarDate(isoDate: string): Date | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(isoDate);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : undefined;
}

/** A calendar date (yyyy-mm-dd) in the translator's language: "24.12.2026"; anything else as it is. */
export function dateText(isoDate: string, t: Translate): string {
  const date = calendarDate(isoDate);
  const locale = localeOf(t);
  return date ? format(calendar[locale].date, date, locale, englishMonth.UTC) : isoDate;
}

/** A day of a year without the year: "1.2." (fi), "1.2" (sv), "1 Feb" (en). */
export function dayMonthText(month: number, day: number, t: Translate): string {
  const date = new Date(Date.UTC(2001, month - 1, day));
  const locale = localeOf(t);
  return format(calendar[locale].dayMonth, date, locale, englishMonth.UTC);
}

/** A wall-clock time: "klo 9.00" (fi), "kl. 9.00" (sv), "09:00" (en). */
export function clockText(hour: number, minute: number, t: Translate): string {
  const time = calendar[localeOf(t)].time.format(new Date(Date.UTC(2001, 0, 1, hour, minute)));
  return t('common.clock', { time });
}

/** A wall-clock time given as "HH:MM" (an order's start): "klo 13.00" (fi), "kl. 13.00" (sv), "13:00" (en). */
export function hhmmText(hhmm: string, t: Translate): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? clockText(Number(m[1]), Number(m[2]), t) : hhmm;
}

const decimals = new Map<string, Intl.NumberFormat>();

/** The end of a time range, after a clock time: the time alone, "14.30" (fi, sv), "14:30" (en). */
export function rangeEndText(hhmm: string, t: Translate): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m
    ? calendar[localeOf(t)].time.format(new Date(Date.UTC(2001, 0, 1, Number(m[1]), Number(m[2]))))
    : hhmm;
}

/** A decimal number the way the language writes it: 4,5 (fi, sv), 4.5 (en). */
export function decimalText(value: number, t: Translate, digits = 1): string {
  const intl = INTL_LOCALE[localeOf(t)];
  const id = `${intl}/${digits}`;
  let formatter = decimals.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimals.set(id, formatter);
  }
  return formatter.format(value);
}

const MONTHS = perLocale((_, intl) => {
  const formatter = new Intl.DateTimeFormat(intl, { timeZone: 'UTC', month: 'long' });
  return Array.from({ length: 12 }, (_, i) => formatter.format(Date.UTC(2001, i, 15)));
});
const WEEKDAYS = perLocale((_, intl) => {
  const formatter = new Intl.DateTimeFormat(intl, { timeZone: 'UTC', weekday: 'long' });
  // 1 January 2001 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatter.format(Date.UTC(2001, 0, 1 + i)));
});

/** The months' names, January first: "tammikuu" … (fi), "januari" … (sv), "January" … (en). */
export function monthNames(t: Translate): readonly string[] {
  return MONTHS[localeOf(t)];
}

const SHORT_MONTHS = perLocale((locale, intl) => {
  const formatter =
    locale === 'en' ? englishMonth.UTC : new Intl.DateTimeFormat(intl, { timeZone: 'UTC', month: 'short' });
  return Array.from({ length: 12 }, (_, i) => formatter.format(Date.UTC(2001, i, 15)));
});

/** The months' short names, January first: "tammi" … (fi), "jan." … (sv), "Jan" … "Sep" … (en). */
export function shortMonthNames(t: Translate): readonly string[] {
  return SHORT_MONTHS[localeOf(t)];
}

/** The weekdays' names, Monday first: "maanantai" … (fi), "måndag" … (sv), "Monday" … (en). */
export function weekdayNames(t: Translate): readonly string[] {
  return WEEKDAYS[localeOf(t)];
}

const lists = perLocale((_, intl) => new Intl.ListFormat(intl, { type: 'conjunction' }));

/** "a, b ja c" (fi), "a, b och c" (sv), "a, b and c" (en). */
export function listText(items: readonly string[], t: Translate): string {
  return lists[localeOf(t)].format(items);
}

const languageNames = perLocale(
  (_, intl) => new Intl.DisplayNames(intl, { type: 'language', fallback: 'code' }),
);

/**
 * A language code of the register ("fi", "sv", "se") as the user's language names it ("suomi",
 * "ruotsi", "pohjoissaame"; "finska"; "Finnish"); a code ICU does not know stays as written.
 */
export function languageName(code: string, t: Translate): string {
  try {
    return languageNames[t.locale ?? 'fi'].of(code) ?? code;
  } catch {
    return code;
  }
}
