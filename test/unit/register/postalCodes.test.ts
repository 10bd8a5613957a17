import { formatImportErrors, parseUnits, validateImport } from '../../../src/domain/register';
import { translator } from '../../../src/i18n';
import { demoRegister } from '../../support/demoRegister';
import { csv } from './helpers';

const HEADER = 'tunnus;nimi;tyyppi;kunta;kunta_sv;alue;aliakset;postinumerot';
const row = (codes: string) =>
  `OU-HAU;Haukiputaan sote-keskus;sote-keskus;Oulu;Uleåborg;Oulu;Haukipudas;${codes}`;

describe('The postinumerot column of toimipisteet.csv', () => {
  it('When a unit lists postal codes, then the unit serves them (each once); the column may be empty or left out', () => {
    expect(parseUnits(csv(HEADER, row('90820| 90830|90820'))).rows[0]?.postalCodes).toEqual([
      '90820',
      '90830',
    ]);
    expect(parseUnits(csv(HEADER, row(''))).rows[0]?.postalCodes).toBeUndefined();
    expect(
      parseUnits(
        csv('tunnus;nimi;tyyppi;kunta;alue', 'KE-KEM;Kempeleen sote-keskus;sote-keskus;Kempele;Lakeus'),
      ).errors,
    ).toEqual([]);
  });

  it.each(['9082', '908200', 'Kello', '90 820'])(
    'When a postal code is "%s", then the row is refused with badPostalCode',
    (bad) => {
      const result = parseUnits(csv(HEADER, row(`90830|${bad}`)));
      expect(result.rows).toEqual([]);
      expect(result.errors).toEqual([
        { file: 'toimipisteet', row: 2, column: 'postinumerot', code: 'badPostalCode', value: bad },
      ]);
    },
  );

  it('When an import has a bad postal code, then it says so on its row in fi, sv and en and the register stays as it was', () => {
    const current = demoRegister();
    const before = JSON.stringify(current);
    const result = validateImport(current, [
      { name: 'toimipisteet.csv', bytes: new TextEncoder().encode(csv(HEADER, row('90820|9O830'))) },
    ]);
    expect(result.next).toBeUndefined();
    expect(JSON.stringify(current)).toBe(before);
    expect(formatImportErrors(result.errors, translator('fi'))[1]).toBe(
      'Rivi 2, sarake postinumerot: ”9O830” ei ole postinumero. Kirjoita viisinumeroiset postinumerot pystyviivalla erotettuina, esimerkiksi 90820|90830.',
    );
    expect(formatImportErrors(result.errors, translator('sv'))[1]).toContain('”9O830” är inget postnummer');
    expect(formatImportErrors(result.errors, translator('en'))[1]).toContain('"9O830" is not a postal code');
  });
});
