import { fold, inflectGenitive, inflectWord } from '../../../src/domain/directory';
import { englishForms, swedishForms } from '../../../src/domain/directory/foreignForms';

/** One row per inflection class: the nominative and forms a Finn writes. */
const CLASSES: Array<[string, string, string[]]> = [
  ['vowel stem, no gradation', 'Oulu', ['oulun', 'oulussa', 'oulusta', 'ouluun', 'oulua']],
  ['vowel stem, no gradation, -a', 'Tuira', ['tuiran', 'tuiralla', 'tuiralle']],
  ['gradation t → d', 'Hailuoto', ['hailuodon', 'hailuodossa', 'hailuotoon']],
  ['gradation t → d, -u', 'Rannikkoseutu', ['rannikkoseudun', 'rannikkoseudulla']],
  ['gradation nk → ng, -a', 'Liminka', ['limingan', 'limingassa', 'liminkaan']],
  ['gradation nk → ng, -i', 'Kiiminki', ['kiimingin', 'kiimingissä']],
  ['gradation nt → nn', 'Pyhäntä', ['pyhännän', 'pyhännällä']],
  ['gradation kk → k', 'Ruukki', ['ruukin', 'ruukissa']],
  ['e-stem with k → ∅', 'Kalajoki', ['kalajoen', 'kalajoella', 'kalajokea']],
  ['e-stem with k → ∅, front vowels', 'Kärsämäki', ['kärsämäen', 'kärsämäellä']],
  ['e-stem', 'Pudasjärvi', ['pudasjärven', 'pudasjärvellä', 'pudasjärveä']],
  ['e-stem, compound ending in e/i', 'Kuivaniemi', ['kuivaniemen', 'kuivaniemellä']],
  ['si → de / te', 'Haapavesi', ['haapaveden', 'haapavedellä', 'haapaveteen']],
  ['i-stem loan', 'Kaakkuri', ['kaakkurin', 'kaakkurissa']],
  ['-nen', 'Oulainen', ['oulaisen', 'oulaisissa', 'oulaisten', 'oulaista']],
  ['-as with inverse gradation d → t', 'Haukipudas', ['haukiputaan', 'haukiputaalla', 'haukipudasta']],
  ['-as with inverse gradation ng → nk', 'Kontinkangas', ['kontinkankaan', 'kontinkankaalla']],
  ['-os → -kse-', 'Muhos', ['muhoksen', 'muhoksessa']],
  ['-us → -ude-', 'Lakeus', ['lakeuden', 'lakeudella']],
  ['-e, short', 'Raahe', ['raahen', 'raahessa']],
  ['-e, long stem', 'Kempele', ['kempeleen', 'kempeleessä', 'kempelettä']],
  ['long vowel', 'Ii', ['iin', 'iissä', 'iihin']],
  ['long vowel, back', 'Koillismaa', ['koillismaan', 'koillismaalla', 'koillismaahan']],
  ['hyphenated', 'Yli-Ii', ['yli-iin', 'yli-iissä', 'yliiissä']],
  ['plural', 'palvelut', ['palvelujen', 'palveluiden', 'palveluissa']],
  ['consonant-final foreign name', 'Uleåborg', ['uleåborgs', 'uleåborgissa']],
];

describe('Finnish inflection of register names', () => {
  it.each(CLASSES)(
    'When the class is %s (%s), then the forms people write are generated',
    (_label, name, forms) => {
      const generated = inflectWord(name);
      for (const form of forms) expect(generated).toContain(form);
    },
  );

  it('When a place name is used in Swedish or English, then its genitive -s is generated for every name', () => {
    for (const [name, form] of [
      ['Ii', 'iis'],
      ['Ijo', 'ijos'],
      ['Kempele', 'kempeles'],
      ['Yli-Ii', 'yli-iis'],
      ['Uleåborg', 'uleåborgs'],
    ] as const) {
      expect(inflectWord(name)).toContain(form);
    }
  });

  it('When a name is a genitive ("Haukiputaan"), then its stem takes the locative endings', () => {
    const forms = inflectGenitive('Haukiputaan');
    expect(forms).toEqual(
      new Set([
        'haukiputaan',
        'haukiputaassa',
        'haukiputaasta',
        'haukiputaalla',
        'haukiputaalta',
        'haukiputaalle',
        'haukiputaaksi',
      ]),
    );
  });

  it('When a form is folded, then dots and rings go (ä → a, ö → o, å → a)', () => {
    expect(fold('kärsämäellä')).toBe('karsamaella');
    expect(fold('Öhman')).toBe('Ohman');
    expect(fold('uleåborg')).toBe('uleaborg');
  });
});

describe('Swedish and English forms of scope names', () => {
  const swedish: Array<[string, string[]]> = [
    ['äldreomsorg', ['äldreomsorgen', 'äldreomsorgens']],
    ['psykiatri', ['psykiatrin', 'psykiatrins']],
    ['handikappservice', ['handikappservicen']],
    ['räddningsverk', ['räddningsverket', 'räddningsverkets']],
    ['socialtjänster', ['socialtjänsterna', 'socialtjänsten', 'socialtjänst']],
  ];
  it.each(swedish)(
    'When the Swedish word is %s, then its definite and genitive forms are generated',
    (word, forms) => {
      const generated = swedishForms(word);
      for (const form of forms) expect(generated).toContain(form);
    },
  );

  it('When the English word is a noun, then its plural and genitive (apostrophe dropped) are generated', () => {
    expect(englishForms('service')).toEqual(new Set(['service', 'services', 'servicees']));
  });
});
