import iconv from 'iconv-lite';
import { decodeCsv, detectDelimiter, detectFileKind, parseUnits } from '../../../src/domain/register';
import { UNITS_HEADER, excelBytes, sampleBytes, sampleText } from './helpers';

describe('decodeCsv', () => {
  it('When the bytes are UTF-8 with a BOM and CRLF, then the text has no BOM and LF line ends', () => {
    const text = decodeCsv(excelBytes('tunnus;nimi\nOU-TUI;Tuiran hyvinvointikeskus\n'));
    expect(text).toBe('tunnus;nimi\nOU-TUI;Tuiran hyvinvointikeskus\n');
  });

  it('When the bytes are UTF-8 without a BOM, then they decode the same as with one', () => {
    const withBom = sampleBytes('toimipisteet.csv');
    const withoutBom = withBom.subarray(3);
    expect(decodeCsv(withoutBom)).toBe(decodeCsv(withBom));
    expect(decodeCsv(withoutBom)).toBe(sampleText('toimipisteet.csv'));
  });

  it('When the bytes are Windows-1252 (not valid UTF-8), then ä, ö and å come out right', () => {
    const bytes = iconv.encode('nimi\r\nPyhäjärven Åström Öhman\r\n', 'win1252');
    expect(decodeCsv(bytes)).toBe('nimi\nPyhäjärven Åström Öhman\n');
  });

  it('When Windows-1252 bytes hold its own characters (0x80–0x9F), then they are €, „, “ and –, not Latin-1 controls', () => {
    const bytes = Buffer.concat([
      Buffer.from('hinta;'),
      Buffer.from([0x80, 0x20, 0x84, 0x41, 0x93, 0x20, 0x96, 0x0a]),
    ]);
    expect(decodeCsv(bytes)).toBe('hinta;€ „A“ –\n');
  });

  it('When line ends are bare CR (old Mac export), then they become LF', () => {
    expect(decodeCsv(new TextEncoder().encode('a;b\r1;2\r'))).toBe('a;b\n1;2\n');
  });

  it('When the bytes are UTF-16 with a BOM (Excel "Unicode text"), then they decode', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('tunnus\tnimi\r\nOU-TUI\tTuira\r\n', 'utf-16le'),
    ]);
    expect(decodeCsv(bytes)).toBe('tunnus\tnimi\nOU-TUI\tTuira\n');
  });

  it('When the bytes are big-endian UTF-16 with a BOM, then they decode too', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('nimi\r\nÅström\r\n', 'utf-16be')]);
    expect(decodeCsv(bytes)).toBe('nimi\nÅström\n');
  });
});

describe('detectDelimiter', () => {
  it('When the header is separated by ";", then ";" is chosen', () => {
    expect(detectDelimiter(`${UNITS_HEADER}\nOU-TUI;Tuira, Oulu;sote-keskus;Oulu;;Oulu;\n`)).toBe(';');
  });

  it('When the header is separated by ",", then "," is chosen even if data rows hold semicolons', () => {
    expect(detectDelimiter('tunnus,nimi,tyyppi\nOU-TUI,"a;b;c;d;e",sote-keskus\n')).toBe(',');
  });

  it('When the header is separated by tabs, then a tab is chosen', () => {
    expect(detectDelimiter('tunnus\tnimi\ttyyppi\n')).toBe('\t');
  });

  it('When the header has a single column, then ";" is the default', () => {
    expect(detectDelimiter('tunnus\nOU-TUI\n')).toBe(';');
  });
});

describe('detectFileKind', () => {
  it('When the header is one of the three sample headers, then its kind is recognised', () => {
    const header = (name: 'toimipisteet.csv' | 'yhdyshenkilot.csv' | 'kokemustoimijat.csv') =>
      sampleText(name).split('\n')[0]!.split(';');
    expect(detectFileKind(header('toimipisteet.csv'))).toBe('toimipisteet');
    expect(detectFileKind(header('yhdyshenkilot.csv'))).toBe('yhdyshenkilot');
    expect(detectFileKind(header('kokemustoimijat.csv'))).toBe('kokemustoimijat');
  });

  it('When headers are written with capitals, umlauts and spaces, then the kind is still recognised', () => {
    expect(
      detectFileKind(['Tunnus', 'Nimi', 'Teemat', 'Kielet', 'Alue', 'Etänä', 'Suostumus pvm', 'Tila']),
    ).toBe('kokemustoimijat');
  });

  it('When a required column is missing, then the kind is still recognised (and the parser names the column)', () => {
    expect(detectFileKind(['taso', 'kattavuus', 'nimi', 'nimike', 'puhelin', 'alkaen'])).toBe(
      'yhdyshenkilot',
    );
  });

  it('When the header is something else, then the kind is undefined', () => {
    expect(detectFileKind(['etunimi', 'sukunimi', 'osoite'])).toBeUndefined();
    expect(detectFileKind(['tunnus', 'nimi', 'sahkoposti'])).toBeUndefined();
    expect(detectFileKind([])).toBeUndefined();
  });
});

describe('quoted fields', () => {
  it('When a quoted cell holds the separator, a line break and doubled quotes, then it is one cell and rows keep their spreadsheet numbers', () => {
    const text = [
      UNITS_HEADER,
      'OU-TUI;"Tuiran ""uusi""; hyvinvointikeskus";sote-keskus;Oulu;Uleåborg;Oulu;"Tuira|',
      'Tuiran asema"',
      'OU-KAA;Kaakkurin hyvinvointikeskus;sote-keskus;Oulu;Uleåborg;Mars;',
      '',
    ].join('\n');
    const { rows, errors } = parseUnits(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Tuiran "uusi"; hyvinvointikeskus');
    expect(rows[0]!.aliases).toEqual(['Tuira', 'Tuiran asema']);
    expect(errors).toEqual([
      { file: 'toimipisteet', row: 3, column: 'alue', code: 'unknownArea', value: 'Mars' },
    ]);
  });
});
