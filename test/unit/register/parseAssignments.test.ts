import { parseAssignments } from '../../../src/domain/register';
import { ASSIGNMENTS_HEADER, NOORA, csv, rowOf } from './helpers';

const UNIT_IDS = new Set(['OU-TUI', 'OU-KAA', 'PY-PYH']);
const context = { municipalities: ['Oulu', 'Pyhäjärvi'] };
/** Noora's row with changes; another e-mail is another person, who does not share Noora's object id. */
const liaison = (changes: Record<string, string> = {}) =>
  rowOf(ASSIGNMENTS_HEADER, NOORA, {
    ...(changes.sahkoposti === undefined ? {} : { aad_object_id: '' }),
    ...changes,
  });
const parse = (...rows: string[]) => parseAssignments(csv(ASSIGNMENTS_HEADER, ...rows), UNIT_IDS, context);
const file = 'yhdyshenkilot';

describe('parseAssignments', () => {
  it('When a row is valid, then it becomes a liaison row with optional fields left out', () => {
    expect(parse(liaison())).toEqual({
      rows: [
        {
          level: 'sote-keskus',
          coverage: ['OU-TUI'],
          name: 'Noora Eskola',
          title: 'palveluohjaaja, sote-keskuksen järjestöyhdyshenkilö',
          email: 'noora.eskola@pohde.example',
          phone: '+358 40 555 1703',
          aadObjectId: '520118f6-5108-54ae-ad12-e453ecae8d6b',
          validFrom: '2024-01-01',
        },
      ],
      errors: [],
    });
  });

  it('When the header lacks sahkoposti and alkaen, then both are named as missingColumns', () => {
    const header = 'taso;kattavuus;nimi;nimike;puhelin;asti';
    expect(parseAssignments(csv(header, 'kunta;Oulu;A;B;;'), UNIT_IDS).errors).toEqual([
      { file, row: 1, column: 'sahkoposti', code: 'missingColumns' },
      { file, row: 1, column: 'alkaen', code: 'missingColumns' },
    ]);
  });

  it('When sahkoposti is empty, then it is missingValue', () => {
    expect(parse(liaison({ sahkoposti: '' })).errors).toEqual([
      { file, row: 2, column: 'sahkoposti', code: 'missingValue' },
    ]);
  });

  it('When a date is not a real yyyy-mm-dd or d.m.yyyy date, then it is invalidDate', () => {
    const result = parse(
      liaison({ alkaen: '2024-02-30' }),
      liaison({ alkaen: '2024-01-01', asti: 'huomenna', sahkoposti: 'b@pohde.example' }),
      liaison({ alkaen: '31.2.2024', sahkoposti: 'c@pohde.example' }),
      liaison({ alkaen: '2024/01/01', sahkoposti: 'd@pohde.example' }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'alkaen', code: 'invalidDate', value: '2024-02-30' },
      { file, row: 3, column: 'asti', code: 'invalidDate', value: 'huomenna' },
      { file, row: 4, column: 'alkaen', code: 'invalidDate', value: '31.2.2024' },
      { file, row: 5, column: 'alkaen', code: 'invalidDate', value: '2024/01/01' },
    ]);
  });

  it('When Excel wrote a Finnish date (d.m.yyyy), then it is accepted and stored as ISO', () => {
    const result = parse(liaison({ alkaen: '1.3.2023', asti: '29.02.2024' }));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ validFrom: '2023-03-01', validUntil: '2024-02-29' });
  });

  it('When asti is before alkaen, then it is reversedDates on asti; the same day is fine', () => {
    const result = parse(
      liaison({ alkaen: '2024-06-01', asti: '2024-05-31' }),
      liaison({ alkaen: '2024-06-01', asti: '2024-06-01', sahkoposti: 'b@pohde.example' }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'asti', code: 'reversedDates', value: '2024-05-31' },
    ]);
  });

  it('When a sote-keskus coverage names units that do not exist, then it is unknownUnit listing them', () => {
    const result = parse(
      liaison({ kattavuus: 'OU-XXX' }),
      liaison({ kattavuus: 'OU-TUI|XX-1| XX-2', sahkoposti: 'b@x.example' }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownUnit', value: 'OU-XXX' },
      { file, row: 3, column: 'kattavuus', code: 'unknownUnit', value: 'XX-1, XX-2' },
    ]);
  });

  it('When coverage ids are in other case or have spaces, then they are stored as the units spell them', () => {
    const result = parse(liaison({ kattavuus: ' ou-tui | OU-kaa |' }));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.coverage).toEqual(['OU-TUI', 'OU-KAA']);
  });

  it('When kattavuus has only separators, then it is missingValue', () => {
    expect(parse(liaison({ kattavuus: '| |' })).errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'missingValue' },
    ]);
  });

  it('When a kunta row names a municipality no unit is in, then it is unknownMunicipality', () => {
    expect(parse(liaison({ taso: 'kunta', kattavuus: 'Oulo' })).errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownMunicipality', value: 'Oulo' },
    ]);
    expect(
      parseAssignments(csv(ASSIGNMENTS_HEADER, liaison({ taso: 'kunta', kattavuus: 'Oulo' })), UNIT_IDS)
        .errors,
    ).toEqual([]);
  });

  it('When taso is not a known level, then it is unknownLevel; known levels in other case are accepted', () => {
    const result = parse(
      liaison({ taso: 'kunnan' }),
      liaison({ taso: 'Sote-keskus', sahkoposti: 'b@pohde.example' }),
    );
    expect(result.errors).toEqual([{ file, row: 2, column: 'taso', code: 'unknownLevel', value: 'kunnan' }]);
    expect(result.rows[0]?.level).toBe('sote-keskus');
  });

  it('When an alue row names something that is not one of the six areas, then it is unknownArea', () => {
    const result = parse(liaison({ taso: 'alue', kattavuus: 'Koillismaa|Kainuu' }));
    expect(result.errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownArea', value: 'Kainuu' },
    ]);
  });

  it('When a toimialue row names something that is not a service area, then it is unknownServiceArea; the register spelling is stored', () => {
    const result = parse(
      liaison({ taso: 'toimialue', kattavuus: 'Ikäihmisten palvelut|Ikäihmisen palvelut' }),
      liaison({ taso: 'toimialue', kattavuus: ' ikäihmisten PALVELUT ', sahkoposti: 'b@pohde.example' }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownServiceArea', value: 'Ikäihmisen palvelut' },
    ]);
    expect(result.rows[0]?.coverage).toEqual(['Ikäihmisten palvelut']);
  });

  it('When a pelastus row names something that is not the rescue department or one of its areas, then it is unknownRescueArea', () => {
    const result = parse(
      liaison({ taso: 'pelastus-palvelualue', kattavuus: 'Oulun vastuualue' }),
      liaison({ taso: 'pelastus-vastuualue', kattavuus: 'Kainuun vastuualue', sahkoposti: 'b@x.example' }),
      liaison({
        taso: 'pelastus-vastuualue',
        kattavuus: 'Koillismaan vastuualue',
        sahkoposti: 'c@x.example',
      }),
      liaison({
        taso: 'pelastus-palvelualue',
        kattavuus: 'Pohjois-Pohjanmaan pelastuslaitos',
        sahkoposti: 'd@x.example',
      }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownRescueArea', value: 'Oulun vastuualue' },
      { file, row: 3, column: 'kattavuus', code: 'unknownRescueArea', value: 'Kainuun vastuualue' },
    ]);
  });

  it('When a hyvinvointialue row covers anything but Pohde, then it is unknownCountyScope', () => {
    const result = parse(
      liaison({ taso: 'hyvinvointialue', kattavuus: 'Pohjois-Pohjanmaa' }),
      liaison({ taso: 'hyvinvointialue', kattavuus: 'pohde', sahkoposti: 'b@pohde.example' }),
    );
    expect(result.errors).toEqual([
      { file, row: 2, column: 'kattavuus', code: 'unknownCountyScope', value: 'Pohjois-Pohjanmaa' },
    ]);
    expect(result.rows[0]?.coverage).toEqual(['Pohde']);
  });

  it('When two people share one aad_object_id, then the later row is sharedAadObjectId; one person on several rows is fine', () => {
    const result = parse(
      liaison(),
      liaison({ kattavuus: 'OU-KAA', sahkoposti: 'NOORA.ESKOLA@pohde.example' }),
      liaison({
        kattavuus: 'PY-PYH',
        nimi: 'Pirjo Heikkilä',
        sahkoposti: 'pirjo.heikkila@pohde.example',
        aad_object_id: '{520118F6-5108-54AE-AD12-E453ECAE8D6B}',
      }),
    );
    expect(result.errors).toEqual([
      {
        file,
        row: 4,
        column: 'aad_object_id',
        code: 'sharedAadObjectId',
        value: '520118f6-5108-54ae-ad12-e453ecae8d6b',
        firstRow: 2,
      },
    ]);
  });

  it('When the e-mail is not an address, then it is badEmail', () => {
    for (const email of [
      'noora.eskola',
      'noora@pohde',
      'noora eskola@pohde.example',
      'a@@b.example',
      'a@b..example',
    ]) {
      expect(parse(liaison({ sahkoposti: email })).errors).toEqual([
        { file, row: 2, column: 'sahkoposti', code: 'badEmail', value: email },
      ]);
    }
  });

  it('When the phone is not a number, then it is badPhone; common Finnish forms and an empty phone pass', () => {
    expect(parse(liaison({ puhelin: 'soita vaihteeseen' })).errors).toEqual([
      { file, row: 2, column: 'puhelin', code: 'badPhone', value: 'soita vaihteeseen' },
    ]);
    for (const phone of ['040-555 1703', '(08) 123 4567', '+358405551703', '']) {
      expect(parse(liaison({ puhelin: phone })).errors).toEqual([]);
    }
  });

  it('When aad_object_id is not a GUID, then it is badAadObjectId; braces and capitals are normalised', () => {
    expect(parse(liaison({ aad_object_id: 'noora.eskola' })).errors).toEqual([
      { file, row: 2, column: 'aad_object_id', code: 'badAadObjectId', value: 'noora.eskola' },
    ]);
    const result = parse(liaison({ aad_object_id: '{520118F6-5108-54AE-AD12-E453ECAE8D6B}' }));
    expect(result.rows[0]?.aadObjectId).toBe('520118f6-5108-54ae-ad12-e453ecae8d6b');
  });

  it('When the same person, level, coverage and alkaen appear twice, then the later row is duplicateId', () => {
    const result = parse(
      liaison({ kattavuus: 'OU-TUI|OU-KAA' }),
      liaison({ alkaen: '2025-01-01' }),
      liaison({ kattavuus: 'OU-KAA|OU-TUI', sahkoposti: 'NOORA.ESKOLA@pohde.example', puhelin: '' }),
    );
    expect(result.errors).toEqual([
      {
        file,
        row: 4,
        code: 'duplicateId',
        value: 'Noora Eskola, sote-keskus, OU-KAA|OU-TUI, 2024-01-01',
        firstRow: 2,
      },
    ]);
  });

  it('When a cell is over 300 characters, then it is tooLong', () => {
    expect(parse(liaison({ huomautus: 'sijainen '.repeat(40) })).errors).toEqual([
      {
        file,
        row: 2,
        column: 'huomautus',
        code: 'tooLong',
        value: `${'sijainen '.repeat(40).slice(0, 40)}…`,
      },
    ]);
  });

  it('When Excel left out the trailing empty asti and huomautus cells, then the row is accepted', () => {
    const short = liaison().split(';').slice(0, 8).join(';');
    expect(parse(short).errors).toEqual([]);
  });

  it('When a separator is missing so the row is short of required cells, then it is wrongColumnCount', () => {
    expect(parse('sote-keskus;OU-TUI;Noora Eskola;noora.eskola@pohde.example').errors).toEqual([
      { file, row: 2, code: 'wrongColumnCount', value: '4', expected: 10 },
    ]);
  });

  it('When a name or note holds markdown or HTML, then it is kept verbatim, only trimmed', () => {
    const result = parse(
      liaison({ nimi: ' **Noora** <script>x</script> ', huomautus: '_sijainen_: <i>Aino</i>' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      name: '**Noora** <script>x</script>',
      note: '_sijainen_: <i>Aino</i>',
    });
  });
});
