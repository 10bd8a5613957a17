import { LOCALES, NAMESPACES, localeFrom, t, translator } from '../../src/i18n';
import { dateText, dateTimeText } from '../../src/i18n/formats';

describe('message catalogues', () => {
  for (const [name, ns] of Object.entries(NAMESPACES)) {
    it(`When the "${name}" messages are loaded, then fi, sv and en have exactly the same keys`, () => {
      const fiKeys = Object.keys(ns.fi).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(ns[locale]).sort()).toEqual(fiKeys);
        for (const key of fiKeys) expect(ns[locale][key]?.trim()).toBeTruthy();
      }
    });

    it(`When a "${name}" message has placeholders, then every language uses the same ones`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(ns.fi)) {
        for (const locale of LOCALES)
          expect([key, placeholders(ns[locale][key]!)]).toEqual([key, placeholders(ns.fi[key]!)]);
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
    expect(() => t('fi', 'common.nope')).toThrow(/I18N_MISSING_KEY.*src\/i18n\/messages/);
  });
});

describe('dates in the user language (county time)', () => {
  const fi = translator('fi');
  const sv = translator('sv');
  const en = translator('en');

  it('When an instant is shown, then it is Helsinki wall-clock time written the way each language does', () => {
    const christmasMorning = '2026-12-24T07:00:00Z'; // 9.00 in Helsinki (winter time)
    expect(dateTimeText(christmasMorning, fi)).toBe('24.12.2026 klo 9.00');
    expect(dateTimeText(christmasMorning, sv)).toBe('24.12.2026 kl. 9.00');
    expect(dateTimeText(christmasMorning, en)).toBe('24 Dec 2026, 09:00');
    expect(dateTimeText(new Date('2026-06-30T21:05:00Z'), fi)).toBe('1.7.2026 klo 0.05'); // summer time
  });

  it('When a calendar date is shown, then it has no leading zeros in fi and sv and a month name in en', () => {
    expect(dateText('2027-02-05', fi)).toBe('5.2.2027');
    expect(dateText('2027-02-05', sv)).toBe('5.2.2027');
    expect(dateText('2027-02-05', en)).toBe('5 Feb 2027');
    expect(dateText('not a date', fi)).toBe('not a date');
  });
});
