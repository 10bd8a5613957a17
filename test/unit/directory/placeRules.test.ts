import {
  answerQuestion,
  buildDirectoryIndex,
  countyDisplayName,
  fold,
  tokenize,
} from '../../../src/domain/directory';
import { EVERYDAY_SERVICE_AREA_NAMES } from '../../../src/domain/directory/everydayNames';
import { readTokens } from '../../../src/domain/directory/readTokens';
import { SERVICE_AREAS } from '../../../src/domain/directory/scopes';
import { loadFinlandPlaces, placeName } from '../../../src/infra/postalAreas';
import { demoIndex, demoRegister } from '../../support/demoRegister';

const index = demoIndex();
const read = (text: string) => {
  const written = tokenize(text);
  return readTokens(index.phrases, written, written.map(fold)).tokens;
};
const TODAY = '2026-11-22';

describe('Reading place words before matching (readTokens)', () => {
  it.each([
    ['Limingassakin', 'limingassa'],
    ['Iissäkään', 'iissa'],
    ['Kempeleessähän', 'kempeleessa'],
    ['Tuirassapa', 'tuirassa'],
    ['Raahessako', 'raahessa'],
    ['Limingassakohan', 'limingassa'],
  ])('When a clitic ends a place (%s), then it is taken off', (word, bare) => {
    expect(read(word)).toEqual([bare]);
  });

  it('When a word only looks like it has a clitic (Kokko, Hanko), then it is left as written', () => {
    expect(read('Kokko')).toEqual(['kokko']);
  });

  it.each([
    ['Kempeleen-sote-keskus', ['kempeleen', 'sote-keskus']],
    ['Haapavedensotekeskus', ['haapaveden', 'sotekeskus']],
    ['Oulaskankaansairaala', ['oulaskankaan', 'sairaala']],
    ['Raahenterveyskeskus', ['raahen', 'terveyskeskus']],
  ])('When a place is joined to its unit word (%s), then the two are read apart', (word, parts) => {
    expect(read(word)).toEqual(parts);
  });

  it('When a unit word is joined to something that is no place, then the word stays whole', () => {
    expect(read('keskussairaala')).toEqual(['keskussairaala']);
  });

  it.each([
    ['Yli Kiiminki', ['ylikiiminki']],
    ['Yli-Kiiminki', ['ylikiiminki']],
    ['Yli Ii', ['yli-ii']],
  ])('When a hyphenated name is written apart or joined (%s), then it is one name', (text, tokens) => {
    expect(read(text)).toEqual(tokens);
  });
});

describe('Place rules', () => {
  it('When a name keeps its consonant (Tynkän hyvinvointipiste), then its basic form Tynkä finds it', () => {
    const register = demoRegister();
    const index2 = buildDirectoryIndex(register);
    const answer = answerQuestion(index2, 'Tynkä', { today: TODAY });
    expect(answer.kind === 'unit' && answer.unit.id).toBe('KA-TYN');
  });

  it('When a unit has a substitute, then the substitute comes first', () => {
    const answer = answerQuestion(index, 'Pyhäjärven yhdyshenkilö', { today: TODAY });
    if (answer.kind !== 'unit') throw new Error(answer.kind);
    expect(answer.liaisons.map((p) => p.substituteFor)).toEqual(['Oskari Wallin', undefined]);
  });

  it('When a hospital is named with a service-area word, then the service area answers', () => {
    const answer = answerQuestion(index, 'OYS:n psykiatrian yhdyshenkilö', { today: TODAY });
    expect(answer.kind === 'level' && answer.scope).toBe('Perhe- ja sosiaalipalvelut ja OYS Psykiatria');
  });

  it('When a village of the county is mistyped by one letter in five (hello for Kello), then it is no place of ours', () => {
    const answer = answerQuestion(index, 'hello', { today: TODAY });
    expect(answer.kind).not.toBe('unit');
    expect(answer.kind).not.toBe('choose');
  });

  it('When a village elsewhere is mistyped, then it is not guessed (it matches only as written)', () => {
    expect(answerQuestion(index, 'Kellokoskella', { today: TODAY }).kind).toBe('outside');
    expect(answerQuestion(index, 'Kellokoskrlla', { today: TODAY }).kind).toBe('notFound');
  });

  it('When a postal code is mistyped, then it is not corrected to another code', () => {
    expect(answerQuestion(index, '90821', { today: TODAY }).kind).toBe('notFound');
  });

  it('When our own county is named as a region, then it is not another county', () => {
    for (const q of [
      'North Ostrobothnia coordinator',
      'Pohjois-Pohjanmaan hyvinvointialueen koordinaattori',
    ]) {
      const answer = answerQuestion(index, q, { today: TODAY });
      expect(answer.kind === 'level' && answer.level).toBe('hyvinvointialue');
    }
  });
});

describe('Data tables', () => {
  it('When everyday names are listed, then each names a known service area, and only neuvola and rådgivning name two', () => {
    const known = new Set(SERVICE_AREAS.map((s) => s.fi));
    const scopesOf = new Map<string, string[]>();
    for (const entry of EVERYDAY_SERVICE_AREA_NAMES) {
      expect(known).toContain(entry.scope);
      for (const name of new Set([...entry.fi, ...entry.sv, ...entry.en])) {
        const key = fold(name.toLowerCase());
        scopesOf.set(key, [...(scopesOf.get(key) ?? []), entry.scope]);
      }
    }
    const ambiguous = [...scopesOf].filter(([, scopes]) => scopes.length > 1).map(([name]) => name);
    expect(ambiguous.sort()).toEqual(['neuvola', 'radgivning']);
  });

  it('When a word names two service areas (neuvola), then Silta asks which, listing both', () => {
    for (const q of ['neuvolan yhdyshenkilö', 'Vem är kontaktperson för rådgivningen?']) {
      const answer = answerQuestion(index, q, { today: TODAY });
      expect(answer.kind === 'chooseScope' && [...answer.options].sort()).toEqual([
        'Perhe- ja sosiaalipalvelut ja OYS Psykiatria',
        'Terveyden- ja sairaanhoidon palvelut',
      ]);
    }
  });

  it('When another county is shown, then its name is written in each language', () => {
    expect(countyDisplayName('Lappi', 'fi')).toBe('Lapin hyvinvointialue');
    expect(countyDisplayName('Pohjois-Savo', 'sv')).toBe('Norra Savolax välfärdsområde');
    expect(countyDisplayName('Lappi', 'sv')).toBe('Lapplands välfärdsområde');
    expect(countyDisplayName('Pohjois-Karjala', 'en')).toBe('Wellbeing services county of North Karelia');
  });

  it("When Posti's postal data is loaded, then it holds places with their municipalities and no parcel lockers", () => {
    const { postalAreas } = loadFinlandPlaces();
    expect(postalAreas.length).toBeGreaterThan(3000);
    expect(postalAreas.find((a) => a.code === '90820')).toEqual({
      code: '90820',
      name: 'Kello',
      nameSv: 'Kello',
      municipality: 'Oulu',
      municipalitySv: 'Uleåborg',
    });
    expect(postalAreas.some((a) => a.name === 'Pakettiautomaatti')).toBe(false);
    expect(new Set(postalAreas.map((a) => a.municipality)).size).toBeGreaterThan(300);
    expect(placeName('YLI-II')).toBe('Yli-Ii');
    expect(placeName('KUIVANIEMI KK')).toBe('Kuivaniemi');
  });
});
