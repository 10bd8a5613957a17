import iconv from 'iconv-lite';
import {
  decodeCsv,
  parseAssignments,
  parseExperts,
  parseUnits,
  validateImport,
} from '../../../src/domain/register';
import {
  EMPTY_REGISTER,
  SAMPLE_NAMES,
  sampleBytes,
  sampleFiles,
  sampleText,
  splitSample,
  toCsv,
} from './helpers';

describe('the sample register (data/sample)', () => {
  const imported = validateImport(EMPTY_REGISTER, sampleFiles());

  it('When the three sample files are imported together, then there are no errors and every row is kept', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.next?.units).toHaveLength(42);
    expect(imported.next?.assignments).toHaveLength(67);
    expect(imported.experts).toHaveLength(40);
  });

  it('When each sample file is parsed on its own, then there are no errors', () => {
    const units = parseUnits(sampleText('toimipisteet.csv'));
    expect(units.errors).toEqual([]);
    expect(units.rows).toHaveLength(42);
    const assignments = parseAssignments(
      sampleText('yhdyshenkilot.csv'),
      new Set(units.rows.map((u) => u.id)),
      {
        municipalities: units.rows.map((u) => u.municipality),
      },
    );
    expect(assignments.errors).toEqual([]);
    expect(assignments.rows).toHaveLength(67);
    const experts = parseExperts(sampleText('kokemustoimijat.csv'));
    expect(experts.errors).toEqual([]);
    expect(experts.rows).toHaveLength(40);
  });

  it('When sample rows are read, then the fields carry the CSV values', () => {
    const units = imported.next!.units;
    expect(units.find((u) => u.id === 'OU-KON')).toEqual({
      id: 'OU-KON',
      name: 'Kontinkankaan hyvinvointikeskus',
      type: 'sote-keskus',
      municipality: 'Oulu',
      municipalitySv: 'Uleåborg',
      area: 'Oulu',
      aliases: ['Kontinkangas', 'Kontti'],
    });
    expect(units.find((u) => u.id === 'PU-PUD')).toEqual({
      id: 'PU-PUD',
      name: 'Pudasjärven sote-keskus',
      type: 'sote-keskus',
      municipality: 'Pudasjärvi',
      area: 'Oulunkaari',
      aliases: [],
    });
    const substitute = imported.next!.assignments.find((a) => a.email === 'pirjo.heikkila@pohde.example');
    expect(substitute).toEqual({
      level: 'sote-keskus',
      coverage: ['PY-PYH'],
      name: 'Pirjo Heikkilä',
      title: 'sairaanhoitaja, sote-keskuksen järjestöyhdyshenkilö (sijainen)',
      email: 'pirjo.heikkila@pohde.example',
      phone: '+358 40 555 2369',
      aadObjectId: 'd8e2054d-7289-5af1-807f-94b569e97a9d',
      validFrom: '2026-06-01',
      validUntil: '2027-05-31',
      note: 'sijainen: Oskari Wallin',
    });
    const municipal = imported.next!.assignments.find((a) => a.email === 'teemu.palo@oulu.example');
    expect(municipal?.aadObjectId).toBeUndefined();
    expect(imported.next!.assignments.find((a) => a.name === 'Anu Toivonen')?.coverage).toEqual([
      'Koillismaa',
      'Oulunkaari',
    ]);
    expect(imported.experts?.[1]).toEqual({
      id: 'KT-002',
      name: 'Minna Ylitalo',
      themes: ['päihteet', 'vammaisuus'],
      languages: ['fi'],
      area: 'Oulunkaari',
      remote: true,
      organisation: 'Omaishoitajat Oulun seutu (esim.)',
      email: 'minna.ylitalo@kokemus.example',
      phone: '+358 40 555 3553',
      consentDate: '2025-09-01',
      status: 'aktiivinen',
      description:
        'Puhuu päihdetyöstä ja vammaisuudesta arjen näkökulmasta, kokemusta henkilöstökoulutuksista.',
    });
  });

  it('When the files are saved as Windows-1252, then they decode to the same register', () => {
    const files = SAMPLE_NAMES.map((name) => ({ name, bytes: iconv.encode(sampleText(name), 'win1252') }));
    for (const file of files)
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)).toThrow();
    const result = validateImport(EMPTY_REGISTER, files);
    expect(result.errors).toEqual([]);
    expect(result.next).toEqual(imported.next);
    expect(result.experts).toEqual(imported.experts);
  });

  it('When the files are a comma-separated export (cells with commas quoted), then they parse the same', () => {
    const files = SAMPLE_NAMES.map((name) => ({
      name,
      bytes: new TextEncoder().encode(toCsv(splitSample(name), ',')),
    }));
    expect(decodeCsv(files[1]!.bytes)).toContain('"sairaanhoitaja, sote-keskuksen järjestöyhdyshenkilö"');
    const result = validateImport(EMPTY_REGISTER, files);
    expect(result.errors).toEqual([]);
    expect(result.next).toEqual(imported.next);
    expect(result.experts).toEqual(imported.experts);
  });

  it('When the files have no BOM and LF line ends, then they parse the same', () => {
    const files = SAMPLE_NAMES.map((name) => ({ name, bytes: sampleBytes(name).subarray(3) }));
    const result = validateImport(EMPTY_REGISTER, files);
    expect(result.next).toEqual(imported.next);
    const lf = SAMPLE_NAMES.map((name) => ({ name, bytes: new TextEncoder().encode(sampleText(name)) }));
    expect(validateImport(EMPTY_REGISTER, lf).next).toEqual(imported.next);
  });
});
