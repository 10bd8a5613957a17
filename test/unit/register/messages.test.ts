import { IMPORT_ERROR_CODES, formatImportErrors, validateImport } from '../../../src/domain/register';
import type { ImportError } from '../../../src/domain/register';
import { LOCALES, formsOf, translator, type Message } from '../../../src/i18n';
import { register } from '../../../src/i18n/messages/register';
import { EMPTY_REGISTER, excelBytes } from './helpers';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('register messages', () => {
  it('When the catalogues are compared, then every key exists in fi, sv and en and none is empty', () => {
    const keys = Object.keys(register.fi).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(register[locale]).sort()).toEqual(keys);
      for (const message of Object.values(register[locale]))
        for (const text of formsOf(message)) expect(text.trim()).not.toBe('');
    }
  });

  it('When a message has placeholders, then every language uses the same ones', () => {
    for (const [key, text] of Object.entries(register.fi)) {
      for (const locale of LOCALES) {
        const catalogue: Record<string, Message> = register[locale];
        for (const form of formsOf(catalogue[key]!))
          expect([key, placeholders(form)]).toEqual([key, placeholders(text)]);
      }
    }
  });

  it('When the import can fail with a code, then there is a message for that code', () => {
    for (const code of IMPORT_ERROR_CODES) expect(Object.keys(register.fi)).toContain(code);
  });

  it('When the preview and confirmation texts are needed, then they exist', () => {
    for (const key of [
      'previewTitle',
      'previewCounts',
      'confirm',
      'cancel',
      'applied',
      'cancelled',
      'notAllowed',
      'unknownFile',
      'nothingChanged',
      'tooManyErrors',
    ]) {
      expect(Object.keys(register.fi)).toContain(key);
    }
    expect(translator('fi')('register.previewCounts', { added: 2, changed: 1, removed: 0 })).toBe(
      'Lisätään 2, muutetaan 1, poistetaan 0.',
    );
  });
});

describe('formatImportErrors', () => {
  it('When an e-mail is bad, then the Finnish line reads as a Finn would write it, under the file name', () => {
    const errors: ImportError[] = [
      {
        file: 'yhdyshenkilot',
        fileName: 'yhdyshenkilot.csv',
        row: 5,
        column: 'sahkoposti',
        code: 'badEmail',
        value: 'x',
      },
    ];
    expect(formatImportErrors(errors, translator('fi'))).toEqual([
      'Tiedosto yhdyshenkilot.csv:',
      'Rivi 5, sarake sahkoposti: sähköpostiosoite ”x” ei ole kelvollinen.',
    ]);
    expect(formatImportErrors(errors, translator('sv'))[1]).toBe(
      'Rad 5, kolumn sahkoposti: e-postadressen ”x” är inte giltig.',
    );
    expect(formatImportErrors(errors, translator('en'))[1]).toBe(
      'Row 5, column sahkoposti: the e-mail address "x" is not valid.',
    );
  });

  it('When a coverage is not a known scope or an object id is shared, then sv and en say so with the allowed values', () => {
    const at = { file: 'yhdyshenkilot', row: 4, column: 'kattavuus' } as const;
    const errors: ImportError[] = [
      { ...at, code: 'unknownServiceArea', value: 'Ikäihmisen palvelut' },
      { ...at, code: 'unknownRescueArea', value: 'Kainuun vastuualue' },
      { ...at, code: 'unknownCountyScope', value: 'Pohjois-Pohjanmaa' },
      { ...at, column: 'aad_object_id', code: 'sharedAadObjectId', value: 'g', firstRow: 2 },
    ];
    expect(formatImportErrors(errors, translator('sv')).slice(1)).toEqual([
      'Rad 4, kolumn kattavuus: ”Ikäihmisen palvelut” är inte ett av Pohdes verksamhetsområden. Verksamhetsområdena är Perhe- ja sosiaalipalvelut ja OYS Psykiatria, Terveyden- ja sairaanhoidon palvelut, Ikäihmisten palvelut, Vammaispalvelut, OYS Sairaalapalvelut ja ensihoito.',
      'Rad 4, kolumn kattavuus: ”Kainuun vastuualue” är varken räddningsverkets serviceområde eller ett av dess ansvarsområden. Serviceområdet är Pohjois-Pohjanmaan pelastuslaitos; ansvarsområdena är Oulun vastuualue, Koillismaan vastuualue, Jokilaaksojen vastuualue.',
      'Rad 4, kolumn kattavuus: en rad på nivån hyvinvointialue täcker alltid ”Pohde”, inte ”Pohjois-Pohjanmaa”.',
      'Rad 4, kolumn aad_object_id: Entra ID-objekt-id:t ”g” finns redan på rad 2 för en annan person. Två personer kan inte ha samma id.',
    ]);
    expect(formatImportErrors(errors, translator('en')).slice(1)).toEqual([
      'Row 4, column kattavuus: "Ikäihmisen palvelut" is not one of Pohde\'s service areas. The service areas are Perhe- ja sosiaalipalvelut ja OYS Psykiatria, Terveyden- ja sairaanhoidon palvelut, Ikäihmisten palvelut, Vammaispalvelut, OYS Sairaalapalvelut ja ensihoito.',
      'Row 4, column kattavuus: "Kainuun vastuualue" is neither the rescue department\'s service area nor one of its areas of responsibility. The service area is Pohjois-Pohjanmaan pelastuslaitos; the areas of responsibility are Oulun vastuualue, Koillismaan vastuualue, Jokilaaksojen vastuualue.',
      'Row 4, column kattavuus: a hyvinvointialue row always covers "Pohde", not "Pohjois-Pohjanmaa".',
      'Row 4, column aad_object_id: the Entra ID object id "g" is already used by another person on row 2. Two people cannot share one id.',
    ]);
  });

  it('When any error code is rendered in any language, then no placeholder is left unfilled', () => {
    const unfilled: string[] = [];
    for (const locale of LOCALES) {
      for (const code of IMPORT_ERROR_CODES) {
        const error: ImportError = {
          file: 'toimipisteet',
          row: 3,
          column: 'nimi',
          code,
          value: 'v',
          firstRow: 2,
          expected: 7,
        };
        const lines = formatImportErrors([error], translator(locale));
        unfilled.push(
          ...lines.filter((line) => /\{\w+\}/.test(line)).map((line) => `${locale} ${code}: ${line}`),
        );
      }
    }
    expect(unfilled).toEqual([]);
  });

  it('When the header lacks several columns, then they are named on one line', () => {
    const result = validateImport(EMPTY_REGISTER, [
      { name: 'yh.csv', bytes: excelBytes('taso;kattavuus;nimi;nimike;puhelin\nkunta;Oulu;A;B;\n') },
    ]);
    expect(formatImportErrors(result.errors, translator('fi'))).toEqual([
      'Tiedosto yh.csv:',
      'Otsikkoriviltä puuttuu pakollisia sarakkeita: sahkoposti, alkaen. Tarkista sarakkeiden nimet.',
    ]);
  });

  it('When a file is unknown, then the message names it and lists the expected headers', () => {
    const result = validateImport(EMPTY_REGISTER, [
      { name: 'palkat.csv', bytes: excelBytes('etunimi;palkka\nA;1\n') },
    ]);
    const [heading, line] = formatImportErrors(result.errors, translator('fi'));
    expect(heading).toBe('Tiedosto palkat.csv:');
    expect(line).toContain('Tiedostoa ”palkat.csv” ei tunnistettu');
    expect(line).toContain('toimipisteet.csv: tunnus;nimi;tyyppi;kunta;kunta_sv;alue;aliakset');
    expect(line).toContain('yhdyshenkilot.csv: taso;kattavuus;');
    expect(line).toContain('kokemustoimijat.csv: tunnus;nimi;teemat;');
  });

  it('When there are more errors than the limit, then the rest are counted in one closing line', () => {
    const errors: ImportError[] = Array.from({ length: 25 }, (_, i) => ({
      file: 'toimipisteet',
      fileName: 'toimipisteet.csv',
      row: i + 2,
      column: 'nimi',
      code: 'missingValue',
    }));
    const lines = formatImportErrors(errors, translator('fi'));
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[20]).toBe('Rivi 21, sarake nimi: arvo puuttuu.');
    expect(lines[21]).toBe('…ja muita virheitä: 5.');
    expect(formatImportErrors(errors, translator('en'), 3).at(-1)).toBe('…and 22 more errors.');
  });

  it('When errors are in the current register, then they get their own heading', () => {
    const errors: ImportError[] = [
      { file: 'toimipisteet', fileName: 't.csv', row: 4, column: 'alue', code: 'unknownArea', value: 'Mars' },
      {
        file: 'yhdyshenkilot',
        inCurrent: true,
        row: 19,
        column: 'kattavuus',
        code: 'unknownUnit',
        value: 'OU-TUI',
      },
    ];
    const lines = formatImportErrors(errors, translator('fi'));
    expect(lines[2]).toBe(
      'Nykyisessä rekisterissä (yhdyshenkilot.csv) on rivejä, jotka viittaavat poistuviin toimipisteisiin tai kuntiin:',
    );
    expect(lines[3]).toBe(
      'Rivi 19, sarake kattavuus: toimipistettä ”OU-TUI” ei ole toimipisteiden luettelossa.',
    );
  });

  it('When a value is long or spans lines, then it is shown on one line and cut', () => {
    const error: ImportError = {
      file: 'toimipisteet',
      row: 2,
      column: 'alue',
      code: 'unknownArea',
      value: `a\nb ${'c'.repeat(200)}`,
    };
    const [, line] = formatImportErrors([error], translator('fi'));
    expect(line).toContain(`”a b ${'c'.repeat(75)}…”`);
  });
});
