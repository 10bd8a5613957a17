import { LOCALES, NAMESPACES, formsOf, localeFrom, t, translator, type Catalogue } from '../../src/i18n';
import {
  clockText,
  dateText,
  dateTimeText,
  dayMonthText,
  decimalText,
  hhmmText,
  rangeEndText,
  listText,
  monthNames,
  weekdayNames,
} from '../../src/i18n/formats';

describe('message catalogues', () => {
  for (const [name, ns] of Object.entries(NAMESPACES)) {
    const catalogues: Record<string, Catalogue> = ns;
    it(`When the "${name}" messages are loaded, then fi, sv and en have exactly the same keys`, () => {
      const fiKeys = Object.keys(ns.fi).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(ns[locale]).sort()).toEqual(fiKeys);
        for (const key of fiKeys)
          for (const text of formsOf(catalogues[locale]![key]!))
            expect([key, text.trim()]).not.toEqual([key, '']);
      }
    });

    it(`When a "${name}" message has placeholders, then every language and every plural form uses the same ones`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(ns.fi)) {
        const finnish = placeholders(formsOf(catalogues.fi![key]!)[0]!);
        for (const locale of LOCALES)
          for (const text of formsOf(catalogues[locale]![key]!))
            expect([key, placeholders(text)]).toEqual([key, finnish]);
      }
    });
  }

  it('When activity.locale is sv-SE, sv-FI, en-US or missing, then the right catalogue is chosen', () => {
    expect(localeFrom('sv-SE')).toBe('sv');
    expect(localeFrom('sv-FI')).toBe('sv');
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom('fi-FI')).toBe('fi');
    expect(localeFrom('de-DE')).toBe('fi');
    expect(localeFrom(undefined)).toBe('fi');
  });

  it('When a message has a placeholder, then it is filled', () => {
    expect(t('fi', 'common.error', { correlationId: 'abc-123' })).toContain('abc-123');
  });

  it('When a key does not exist, then it is a programming error with a fix in the message', () => {
    // @ts-expect-error a key that is not in the Finnish catalogue does not compile; forced, it throws.
    expect(() => t('fi', 'common.nope')).toThrow(/I18N_MISSING_KEY.*src\/i18n\/messages/);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it('When a count is shown in English, then one and other take their own forms', () => {
    expect(t('en', 'register.tooManyErrors', { count: 1 })).toBe('…and 1 more error.');
    expect(t('en', 'register.tooManyErrors', { count: 22 })).toBe('…and 22 more errors.');
    expect(t('en', 'register.moreChanges', { count: 1 })).toBe('…and 1 more change.');
    expect(t('en', 'register.moreChanges', { count: 0 })).toBe('…and 0 more changes.');
    expect(t('en', 'orders.summaryRatings', { count: 1 })).toBe(
      "Orderers' ratings (average 1–5, 1 response)",
    );
    expect(t('en', 'orders.summaryExpertRatings', { count: 3 })).toBe(
      "Experts' ratings (average 1–5, 3 responses)",
    );
  });

  it('When a count is shown in Swedish, then en-ord and flertal differ where the word does', () => {
    expect(t('sv', 'register.moreChanges', { count: 1 })).toBe('…och ytterligare 1 ändring.');
    expect(t('sv', 'register.moreChanges', { count: 5 })).toBe('…och ytterligare 5 ändringar.');
    expect(t('sv', 'register.tooManyErrors', { count: 1 })).toBe('…och ytterligare 1 fel.');
    expect(t('sv', 'orders.summaryRatings', { count: 1 })).toBe(
      'Beställarnas bedömningar (medeltal 1–5, antal svar 1)',
    );
  });

  it('When a count is shown in Finnish, then the label form reads right for any number', () => {
    expect(t('fi', 'register.moreChanges', { count: 1 })).toBe('…ja muita muutoksia: 1.');
    expect(t('fi', 'orders.summaryRatings', { count: 1 })).toBe(
      'Tilaajien arviot (keskiarvo 1–5, palautteita 1)',
    );
    expect(t('fi', 'notices.previewRecipients', { count: 0 })).toContain('Vastaanottajia nyt: 0');
  });

  it('When a unit has one liaison or several, then the heading is singular or plural in each language', () => {
    expect(t('fi', 'directory.liaisons', { count: 1 })).toBe('Järjestöyhdyshenkilö');
    expect(t('fi', 'directory.liaisons', { count: 2 })).toBe('Järjestöyhdyshenkilöt');
    expect(t('sv', 'directory.liaisons', { count: 1 })).toBe('Organisationskontaktperson');
    expect(t('sv', 'directory.liaisons', { count: 2 })).toBe('Organisationskontaktpersoner');
    expect(t('en', 'directory.liaisons', { count: 1 })).toBe('NGO liaison');
    expect(t('en', 'directory.liaisons', { count: 3 })).toBe('NGO liaisons');
  });

  it('When a plural message is asked for without a count, then it is a programming error that says so', () => {
    expect(() => t('en', 'directory.liaisons')).toThrow(/I18N_PLURAL_WITHOUT_COUNT.*directory\.liaisons/);
  });
});

describe('dates, times and numbers in the user language (Intl, county time)', () => {
  const fi = translator('fi');
  const sv = translator('sv');
  const en = translator('en');

  it('When an instant is shown, then it is Helsinki wall-clock time written the way each language does', () => {
    const christmasMorning = '2026-12-24T07:00:00Z'; // 9.00 in Helsinki (winter time)
    expect(dateTimeText(christmasMorning, fi)).toBe('24.12.2026 klo 9.00');
    expect(dateTimeText(christmasMorning, sv)).toBe('24.12.2026 kl. 9.00');
    expect(dateTimeText(christmasMorning, en)).toBe('24 Dec 2026, 09:00');
    expect(dateTimeText(new Date('2026-06-30T21:05:00Z'), fi)).toBe('1.7.2026 klo 0.05'); // summer time
    expect(dateTimeText('2026-09-10T07:00:00Z', en)).toBe('10 Sep 2026, 10:00');
  });

  it('When a calendar date is shown, then it has no leading zeros in fi and sv and a month name in en', () => {
    expect(dateText('2027-02-05', fi)).toBe('5.2.2027');
    expect(dateText('2027-02-05', sv)).toBe('5.2.2027');
    expect(dateText('2027-02-05', en)).toBe('5 Feb 2027');
    expect(dateText('2026-12-10', fi)).toBe('10.12.2026');
    expect(dateText('2026-09-30', en)).toBe('30 Sep 2026');
    expect(dateText('not a date', fi)).toBe('not a date');
    expect(dateText('2026-13-01', fi)).toBe('2026-13-01');
    expect(dateText('2026-02-30', sv)).toBe('2026-02-30');
  });

  it('When a day of the year or a time of day is shown, then each language writes it its own way', () => {
    expect(dayMonthText(2, 1, fi)).toBe('1.2.');
    expect(dayMonthText(2, 1, sv)).toBe('1.2');
    expect(dayMonthText(9, 1, en)).toBe('1 Sep');
    expect(clockText(9, 0, fi)).toBe('klo 9.00');
    expect(clockText(9, 0, sv)).toBe('kl. 9.00');
    expect(clockText(9, 0, en)).toBe('09:00');
    expect(hhmmText('10:00', fi)).toBe('klo 10.00');
    expect(hhmmText('13:30', en)).toBe('13:30');
    expect(hhmmText('later', fi)).toBe('later');
  });

  it('When a time range is shown, then the clock word comes once: klo 13.00–14.30, kl. 13.00–14.30, 13:00–14:30', () => {
    expect(`${hhmmText('13:00', fi)}–${rangeEndText('14:30', fi)}`).toBe('klo 13.00–14.30');
    expect(`${hhmmText('13:00', sv)}–${rangeEndText('14:30', sv)}`).toBe('kl. 13.00–14.30');
    expect(`${hhmmText('13:00', en)}–${rangeEndText('14:30', en)}`).toBe('13:00–14:30');
    expect(rangeEndText('later', fi)).toBe('later');
  });

  it('When a decimal is shown, then Finnish and Swedish write a comma and English a point', () => {
    expect(decimalText(4.5, fi)).toBe('4,5');
    expect(decimalText(4.5, sv)).toBe('4,5');
    expect(decimalText(4.5, en)).toBe('4.5');
    expect(decimalText(4, fi)).toBe('4,0');
    expect(decimalText(3.25, en, 2)).toBe('3.25');
  });

  it('When months, weekdays and lists are named, then they come in each language', () => {
    expect(monthNames(fi)[0]).toBe('tammikuu');
    expect(monthNames(sv)[11]).toBe('december');
    expect(monthNames(en)).toHaveLength(12);
    expect(weekdayNames(fi)[0]).toBe('maanantai');
    expect(weekdayNames(sv)[6]).toBe('söndag');
    expect(weekdayNames(en)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(listText(['a', 'b', 'c'], fi)).toBe('a, b ja c');
    expect(listText(['a', 'b', 'c'], sv)).toBe('a, b och c');
    expect(listText(['a', 'b', 'c'], en)).toBe('a, b and c');
    expect(listText(['a'], en)).toBe('a');
  });
});
