import { validateImport } from '../../../src/domain/register';
import type { Register } from '../../../src/domain/directory/types';
import {
  EMPTY_REGISTER,
  NOORA,
  ASSIGNMENTS_HEADER,
  excelBytes,
  rowOf,
  sampleBytes,
  sampleFiles,
  sampleText,
} from './helpers';

const current: Register = validateImport(EMPTY_REGISTER, sampleFiles()).next!;

/** A sample file with some lines replaced or removed (index 0 is the header). */
function edited(
  name: 'toimipisteet.csv' | 'yhdyshenkilot.csv' | 'kokemustoimijat.csv',
  edit: (lines: string[]) => string[],
) {
  const lines = sampleText(name)
    .split('\n')
    .filter((line) => line !== '');
  return { name, bytes: excelBytes(`${edit(lines).join('\n')}\n`) };
}

describe('validateImport', () => {
  it('When one liaison row is bad, then nothing is returned but the errors (all or nothing)', () => {
    const file = edited('yhdyshenkilot.csv', (lines) => {
      lines[5] = lines[5]!.replace('@pohde.example', '@@pohde.example');
      return lines;
    });
    const result = validateImport(current, [...sampleFiles().slice(0, 1), file, sampleFiles()[2]!]);
    expect(result.next).toBeUndefined();
    expect(result.experts).toBeUndefined();
    expect(result.errors).toEqual([
      {
        file: 'yhdyshenkilot',
        fileName: 'yhdyshenkilot.csv',
        row: 6,
        column: 'sahkoposti',
        code: 'badEmail',
        value: 'kaisa.rantala@@pohde.example',
      },
    ]);
  });

  it('When a liaison file comes alone, then it is checked against the current units and the rest is kept', () => {
    const added = rowOf(ASSIGNMENTS_HEADER, NOORA, {
      kattavuus: 'OU-YII',
      sahkoposti: 'uusi@pohde.example',
      aad_object_id: '',
    });
    const file = edited('yhdyshenkilot.csv', (lines) => [...lines, added]);
    const result = validateImport(current, [file]);
    expect(result.errors).toEqual([]);
    expect(result.next?.units).toBe(current.units);
    expect(result.next?.assignments).toHaveLength(68);
    expect(result.experts).toBeUndefined();
  });

  it('When a liaison file alone names a unit the current register lacks, then it is unknownUnit', () => {
    const added = rowOf(ASSIGNMENTS_HEADER, NOORA, {
      kattavuus: 'OU-UUSI',
      sahkoposti: 'uusi@pohde.example',
      aad_object_id: '',
    });
    const result = validateImport(current, [edited('yhdyshenkilot.csv', (lines) => [...lines, added])]);
    expect(result.next).toBeUndefined();
    expect(result.errors).toEqual([
      {
        file: 'yhdyshenkilot',
        fileName: 'yhdyshenkilot.csv',
        row: 69,
        column: 'kattavuus',
        code: 'unknownUnit',
        value: 'OU-UUSI',
      },
    ]);
  });

  it('When the same import adds the unit, then the liaison row for it is valid', () => {
    const unit = 'OU-UUSI;Uusi hyvinvointikeskus;sote-keskus;Oulu;Uleåborg;Oulu;';
    const added = rowOf(ASSIGNMENTS_HEADER, NOORA, {
      kattavuus: 'OU-UUSI',
      sahkoposti: 'uusi@pohde.example',
      aad_object_id: '',
    });
    const result = validateImport(current, [
      edited('yhdyshenkilot.csv', (lines) => [...lines, added]),
      edited('toimipisteet.csv', (lines) => [...lines, unit]),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.next?.units).toHaveLength(43);
  });

  it('When a units file alone removes a unit that a current liaison row covers, then that row is unknownUnit in the current register', () => {
    const file = edited('toimipisteet.csv', (lines) => lines.filter((line) => !line.startsWith('OU-TUI;')));
    const result = validateImport(current, [file]);
    expect(result.next).toBeUndefined();
    const row = current.assignments.findIndex((a) => a.coverage.includes('OU-TUI')) + 2;
    expect(result.errors).toEqual([
      {
        file: 'yhdyshenkilot',
        inCurrent: true,
        row,
        column: 'kattavuus',
        code: 'unknownUnit',
        value: 'OU-TUI',
      },
    ]);
  });

  it('When a units file removes a unit together with its liaison row, then the import is valid', () => {
    const result = validateImport(current, [
      edited('toimipisteet.csv', (lines) => lines.filter((line) => !line.startsWith('OU-TUI;'))),
      edited('yhdyshenkilot.csv', (lines) => lines.filter((line) => !line.includes(';OU-TUI;'))),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.next?.units).toHaveLength(41);
    expect(result.next?.assignments).toHaveLength(66);
  });

  it('When the units file itself has errors, then liaison rows are not also flagged for the units it failed to read', () => {
    const result = validateImport(current, [
      edited('toimipisteet.csv', (lines) =>
        lines.map((line) => (line.startsWith('OU-TUI;') ? line.replace(';Oulu;Tuira', ';Olu;Tuira') : line)),
      ),
      { name: 'yhdyshenkilot.csv', bytes: sampleBytes('yhdyshenkilot.csv') },
    ]);
    expect(result.errors).toEqual([
      {
        file: 'toimipisteet',
        fileName: 'toimipisteet.csv',
        row: 6,
        column: 'alue',
        code: 'unknownArea',
        value: 'Olu',
      },
    ]);
  });

  it('When only an experts file comes, then the register is kept and the experts are returned', () => {
    const result = validateImport(current, [
      { name: 'kokemustoimijat.csv', bytes: sampleBytes('kokemustoimijat.csv') },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.next).toEqual(current);
    expect(result.experts).toHaveLength(40);
  });

  it('When a file is not one of the three, then it is unknownFile naming the file', () => {
    const result = validateImport(current, [
      { name: 'palkat.csv', bytes: excelBytes('etunimi;sukunimi;palkka\nA;B;1\n') },
    ]);
    expect(result.errors).toEqual([
      { file: 'unknown', fileName: 'palkat.csv', row: 1, code: 'unknownFile', value: 'palkat.csv' },
    ]);
    expect(result.next).toBeUndefined();
  });

  it('When a file is empty, then it is emptyFile', () => {
    expect(validateImport(current, [{ name: 'tyhja.csv', bytes: new Uint8Array() }]).errors).toEqual([
      { file: 'unknown', fileName: 'tyhja.csv', row: 1, code: 'emptyFile' },
    ]);
  });

  it('When two files of the same kind come, then the second is duplicateFile', () => {
    const result = validateImport(current, [
      { name: 'toimipisteet.csv', bytes: sampleBytes('toimipisteet.csv') },
      { name: 'toimipisteet (2).csv', bytes: sampleBytes('toimipisteet.csv') },
    ]);
    expect(result.errors).toEqual([
      {
        file: 'toimipisteet',
        fileName: 'toimipisteet (2).csv',
        row: 1,
        code: 'duplicateFile',
        value: 'toimipisteet.csv',
      },
    ]);
  });

  it('When files are named differently, then they are recognised by their header, not their name', () => {
    const result = validateImport(EMPTY_REGISTER, [
      { name: 'Book1.csv', bytes: sampleBytes('yhdyshenkilot.csv') },
      { name: 'export (3).csv', bytes: sampleBytes('toimipisteet.csv') },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.next).toEqual(current);
  });
});
