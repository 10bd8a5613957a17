import { parseUnits } from '../../../src/domain/register';
import { TUIRA, UNITS_HEADER, csv, rowOf } from './helpers';

const unit = (changes: Record<string, string> = {}) => rowOf(UNITS_HEADER, TUIRA, changes);
const file = 'toimipisteet';

describe('parseUnits', () => {
  it('When a row is valid, then it becomes a unit and there are no errors', () => {
    expect(parseUnits(csv(UNITS_HEADER, unit()))).toEqual({
      rows: [
        {
          id: 'OU-TUI',
          name: 'Tuiran hyvinvointikeskus',
          type: 'sote-keskus',
          municipality: 'Oulu',
          municipalitySv: 'Uleåborg',
          area: 'Oulu',
          aliases: ['Tuira'],
        },
      ],
      errors: [],
    });
  });

  it('When the header lacks required columns, then each is named on row 1 and no row is read', () => {
    const result = parseUnits(csv('tunnus;nimi;kunta;kunta_sv;aliakset', 'OU-TUI;Tuira;Oulu;;'));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { file, row: 1, column: 'tyyppi', code: 'missingColumns' },
      { file, row: 1, column: 'alue', code: 'missingColumns' },
    ]);
  });

  it('When the header has a column twice, then it is a duplicateColumn error', () => {
    expect(parseUnits(csv(`${UNITS_HEADER};nimi`, `${unit()};x`)).errors).toEqual([
      { file, row: 1, column: 'nimi', code: 'duplicateColumn' },
    ]);
  });

  it('When the file is empty, then it is an emptyFile error', () => {
    expect(parseUnits('').errors).toEqual([{ file, row: 1, code: 'emptyFile' }]);
    expect(parseUnits('\n\n').errors).toEqual([{ file, row: 1, code: 'emptyFile' }]);
  });

  it('When a required value is empty, then it is missingValue with the row and column', () => {
    const result = parseUnits(csv(UNITS_HEADER, unit(), unit({ tunnus: 'OU-KAA', nimi: '   ' })));
    expect(result.errors).toEqual([{ file, row: 3, column: 'nimi', code: 'missingValue' }]);
    expect(result.rows).toHaveLength(1);
  });

  it('When a tunnus appears twice (in any case), then the later row is duplicateId pointing at the first', () => {
    const result = parseUnits(
      csv(UNITS_HEADER, unit(), unit({ tunnus: 'OU-KAA' }), unit({ tunnus: 'ou-tui' })),
    );
    expect(result.errors).toEqual([
      { file, row: 4, column: 'tunnus', code: 'duplicateId', value: 'ou-tui', firstRow: 2 },
    ]);
  });

  it('When tyyppi is not a known unit type, then it is badUnitType; known types in any case are accepted', () => {
    const result = parseUnits(
      csv(UNITS_HEADER, unit({ tyyppi: 'terveysasema' }), unit({ tunnus: 'X', tyyppi: 'Sairaala' })),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'tyyppi', code: 'badUnitType', value: 'terveysasema' },
    ]);
    expect(result.rows[0]?.type).toBe('sairaala');
  });

  it('When alue is not one of the six areas, then it is unknownArea; an area in other case is stored as the register spells it', () => {
    const result = parseUnits(
      csv(UNITS_HEADER, unit({ alue: 'Pohjois-Pohjanmaa' }), unit({ tunnus: 'X', alue: 'oulun ETELÄINEN' })),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'alue', code: 'unknownArea', value: 'Pohjois-Pohjanmaa' },
    ]);
    expect(result.rows[0]?.area).toBe('Oulun eteläinen');
  });

  it('When a cell is over 300 characters, then it is tooLong (and only that error for the cell)', () => {
    const result = parseUnits(csv(UNITS_HEADER, unit({ alue: 'x'.repeat(301) })));
    expect(result.errors).toEqual([
      { file, row: 2, column: 'alue', code: 'tooLong', value: `${'x'.repeat(40)}…` },
    ]);
  });

  it('When a row has an extra non-empty cell, then it is wrongColumnCount with the counts', () => {
    expect(parseUnits(csv(UNITS_HEADER, `${unit()};extra`)).errors).toEqual([
      { file, row: 2, code: 'wrongColumnCount', value: '8', expected: 7 },
    ]);
  });

  it('When a row is cut short before a required column, then it is wrongColumnCount', () => {
    expect(parseUnits(csv(UNITS_HEADER, 'OU-TUI;Tuira;sote-keskus;Oulu')).errors).toEqual([
      { file, row: 2, code: 'wrongColumnCount', value: '4', expected: 7 },
    ]);
  });

  it('When a row only lacks trailing optional cells or has an empty extra cell (Excel quirks), then it is accepted', () => {
    const result = parseUnits(
      csv(UNITS_HEADER, 'OU-TUI;Tuira;sote-keskus;Oulu;;Oulu', `${unit({ tunnus: 'X' })};`),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((u) => u.aliases)).toEqual([[], ['Tuira']]);
  });

  it('When a name holds markdown or HTML, then it is kept verbatim, only trimmed', () => {
    const result = parseUnits(
      csv(
        UNITS_HEADER,
        unit({ nimi: '  <b>Tuira</b>  ' }),
        unit({ tunnus: 'X', nimi: '**Tuira** [x](http://e.example)' }),
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((u) => u.name)).toEqual(['<b>Tuira</b>', '**Tuira** [x](http://e.example)']);
  });

  it('When there are empty rows (";;;" or blank lines), then they are skipped but rows keep their numbers', () => {
    const result = parseUnits(csv(UNITS_HEADER, ';;;;;;', '', unit({ alue: 'Mars' })));
    expect(result.errors).toEqual([{ file, row: 4, column: 'alue', code: 'unknownArea', value: 'Mars' }]);
  });

  it('When a quote is never closed, then it is invalidCsv at the row where the quote starts', () => {
    expect(
      parseUnits(csv(UNITS_HEADER, unit(), 'OU-KAA;"Kaakkuri;sote-keskus;Oulu;;Oulu;', unit({ tunnus: 'X' })))
        .errors,
    ).toEqual([{ file, row: 3, code: 'invalidCsv' }]);
  });

  it('When a row has several problems, then each cell reports its first problem', () => {
    const result = parseUnits(csv(UNITS_HEADER, unit({ tunnus: '', tyyppi: 'klinikka', alue: 'Lappi' })));
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'tunnus', 'missingValue'],
      [2, 'tyyppi', 'badUnitType'],
      [2, 'alue', 'unknownArea'],
    ]);
    expect(result.rows).toEqual([]);
  });
});
