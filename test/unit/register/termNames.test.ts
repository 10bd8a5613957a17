import { TOPICS } from '../../../src/domain/notices';
import { validateImport } from '../../../src/domain/register';
import {
  TERM_NAMES,
  municipalityName,
  termList,
  termName,
  titleName,
  titleParts,
} from '../../../src/domain/register/termNames';
import { EMPTY_REGISTER, sampleFiles } from './helpers';

describe('Register terms in Swedish and English (one table keyed by the Finnish term)', () => {
  const imported = validateImport(EMPTY_REGISTER, sampleFiles());
  const units = imported.next!.units;
  const themes = [...new Set(imported.experts!.flatMap((e) => e.themes))];
  const titleWords = [...new Set(imported.next!.assignments.flatMap((a) => titleParts(a.title)))];

  it.each([
    ['an order theme of the demo register', themes],
    ['a notice topic', [...TOPICS]],
    ['a job-title part of the demo register', titleWords],
  ])('When %s is looked up, then the table has its Swedish and English name', (_kind, terms) => {
    expect(terms.length).toBeGreaterThan(0);
    const missing = terms.filter((fi) => !TERM_NAMES[fi]?.sv || !TERM_NAMES[fi]?.en);
    expect(missing).toEqual([]);
  });

  it('When the table is read, then its keys are Finnish as the register writes them and no name is empty or Finnish', () => {
    for (const [fi, names] of Object.entries(TERM_NAMES)) {
      expect(fi).toBe(fi.trim().toLowerCase());
      expect(names.sv.trim()).not.toBe('');
      expect(names.en.trim()).not.toBe('');
      // A name that is the same in every language is a word the languages share (diabetes, cancer).
      if (names.sv === fi || names.en === fi) expect(['diabetes']).toContain(fi);
    }
  });

  it('When a title has several parts and a substitute note, then each part is translated and the form kept', () => {
    const title = 'sairaanhoitaja, sote-keskuksen järjestöyhdyshenkilö (sijainen)';
    expect(titleName(title, 'sv')).toBe(
      'sjukskötare, social- och hälsocentralens organisationskontaktperson (vikarie)',
    );
    expect(titleName(title, 'en')).toBe('nurse, health and social services centre NGO liaison (substitute)');
    expect(titleName(title, 'fi')).toBe(title);
    expect(titleParts(title)).toEqual(['sairaanhoitaja', 'sote-keskuksen järjestöyhdyshenkilö', 'sijainen']);
  });

  it('When a word is not in the table, then it is shown as the register writes it', () => {
    expect(termName('kansanperinne', 'sv')).toBe('kansanperinne');
    expect(titleName('kylätalonmies, muistihoitaja', 'en')).toBe('kylätalonmies, memory nurse');
    expect(termList(['mielenterveys', 'kansanperinne'], 'sv')).toBe('psykisk hälsa, kansanperinne');
    expect(termName('toString', 'en')).toBe('toString');
  });

  it("When a municipality is named in Swedish, then the register's kunta_sv is used where it has one", () => {
    expect(municipalityName('Raahe', 'sv', units)).toBe('Brahestad');
    expect(municipalityName('Oulu', 'sv', units)).toBe('Uleåborg');
    expect(municipalityName('Siikajoki', 'sv', units)).toBe('Siikajoki');
    expect(municipalityName('Raahe', 'en', units)).toBe('Raahe');
    expect(municipalityName('Raahe', 'fi', units)).toBe('Raahe');
    for (const unit of units)
      expect(municipalityName(unit.municipality, 'sv', units)).toBe(unit.municipalitySv ?? unit.municipality);
  });
});
