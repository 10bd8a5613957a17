import { parseExperts } from '../../../src/domain/register';
import { EXPERTS_HEADER, LAURI, csv, rowOf } from './helpers';

const expert = (changes: Record<string, string> = {}) => rowOf(EXPERTS_HEADER, LAURI, changes);
const parse = (...rows: string[]) => parseExperts(csv(EXPERTS_HEADER, ...rows));
const file = 'kokemustoimijat';

describe('parseExperts', () => {
  it('When a row is valid, then it becomes an expert', () => {
    expect(parse(expert({ etana: 'Kyllä', kielet: 'FI | sv', jarjesto: '', puhelin: '' }))).toEqual({
      rows: [
        {
          id: 'KT-001',
          name: 'Lauri Toivonen',
          themes: ['mielenterveys', 'muistisairaudet'],
          languages: ['fi', 'sv'],
          area: 'Oulu',
          remote: true,
          email: 'lauri.toivonen@kokemus.example',
          consentDate: '2025-09-01',
          status: 'tauolla',
        },
      ],
      errors: [],
    });
  });

  it('When the header lacks tila and etana, then both are missingColumns', () => {
    const header = 'tunnus;nimi;teemat;kielet;alue;sahkoposti';
    expect(parseExperts(csv(header, 'KT-1;A;b;fi;Oulu;a@b.example')).errors).toEqual([
      { file, row: 1, column: 'etana', code: 'missingColumns' },
      { file, row: 1, column: 'tila', code: 'missingColumns' },
    ]);
  });

  it('When teemat is empty, then it is missingValue', () => {
    expect(parse(expert({ teemat: ' | ' })).errors).toEqual([
      { file, row: 2, column: 'teemat', code: 'missingValue' },
    ]);
  });

  it('When etana is not kyllä or ei, then it is badYesNo', () => {
    expect(parse(expert({ etana: 'joskus' })).errors).toEqual([
      { file, row: 2, column: 'etana', code: 'badYesNo', value: 'joskus' },
    ]);
  });

  it('When tila is not a known status, then it is unknownStatus; lopettanut is known', () => {
    const result = parse(expert({ tila: 'lomalla' }), expert({ tunnus: 'KT-002', tila: 'Lopettanut' }));
    expect(result.errors).toEqual([
      { file, row: 2, column: 'tila', code: 'unknownStatus', value: 'lomalla' },
    ]);
    expect(result.rows[0]?.status).toBe('lopettanut');
  });

  it('When suostumus_pvm is not a date, then it is invalidDate', () => {
    expect(parse(expert({ suostumus_pvm: '2025-13-01' })).errors).toEqual([
      { file, row: 2, column: 'suostumus_pvm', code: 'invalidDate', value: '2025-13-01' },
    ]);
  });

  it('When alue is not one of the six areas, then it is unknownArea', () => {
    expect(parse(expert({ alue: 'Kainuu' })).errors).toEqual([
      { file, row: 2, column: 'alue', code: 'unknownArea', value: 'Kainuu' },
    ]);
  });

  it('When e-mail or phone are malformed, then they are badEmail and badPhone', () => {
    expect(parse(expert({ sahkoposti: 'lauri(at)kokemus.example', puhelin: '040 ABC' })).errors).toEqual([
      { file, row: 2, column: 'sahkoposti', code: 'badEmail', value: 'lauri(at)kokemus.example' },
      { file, row: 2, column: 'puhelin', code: 'badPhone', value: '040 ABC' },
    ]);
  });

  it('When a tunnus appears twice, then the later row is duplicateId', () => {
    expect(parse(expert(), expert({ tunnus: 'kt-001' })).errors).toEqual([
      { file, row: 3, column: 'tunnus', code: 'duplicateId', value: 'kt-001', firstRow: 2 },
    ]);
  });

  it('When a name holds HTML, then it is kept verbatim', () => {
    expect(parse(expert({ nimi: '<b>Lauri</b>' })).rows[0]?.name).toBe('<b>Lauri</b>');
  });

  describe('kuvaus (the public description)', () => {
    const withDescription = (kuvaus: string) =>
      parseExperts(csv(`${EXPERTS_HEADER};kuvaus`, rowOf(`${EXPERTS_HEADER};kuvaus`, LAURI, { kuvaus })));

    it("When kuvaus is plain text, then it is the expert's description; empty or absent leaves none", () => {
      const text = 'Oma kokemus masennuksesta ja toipumisesta (vertaistuki, 10 vuotta).';
      expect(withDescription(`  ${text} `).rows[0]?.description).toBe(text);
      expect(withDescription('').rows[0]).not.toHaveProperty('description');
      expect(parse(expert()).rows[0]).not.toHaveProperty('description');
    });

    it.each([
      ['a line break', '"Rivi yksi\nrivi kaksi"'],
      ['an HTML tag', 'Puhuu <b>mielenterveydestä</b>'],
      ['a link', 'Lisää: https://example.org/lauri'],
      ['a bare web address', 'Katso www.example.org'],
      ['an e-mail address', 'Yhteys lauri@kokemus.example'],
      ['a phone number', 'Soita 040 555 3516'],
    ])(
      'When kuvaus carries %s, then it is badDescription naming the row and column, and the row is left out',
      (_, kuvaus) => {
        const result = withDescription(kuvaus);
        expect(result.errors).toEqual([
          expect.objectContaining({ file, row: 2, column: 'kuvaus', code: 'badDescription' }),
        ]);
        expect(result.rows).toEqual([]);
      },
    );

    it('When kuvaus is longer than a cell may be, then it is tooLong', () => {
      expect(withDescription('a'.repeat(301)).errors).toEqual([
        expect.objectContaining({ row: 2, column: 'kuvaus', code: 'tooLong' }),
      ]);
      expect(withDescription('a'.repeat(300)).errors).toEqual([]);
    });
  });
});
