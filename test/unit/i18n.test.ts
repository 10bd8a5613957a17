import { LOCALES, NAMESPACES, localeFrom, t } from '../../src/i18n';

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
