import { nominativesOf } from '../../../src/domain/directory/nominative';

/** Genitives as unit names carry them, and the basic form a Finn writes for each. */
const CASES: Array<[string, string, string]> = [
  ['-sten → -nen', 'Saloisten', 'saloinen'],
  ['-sen → -nen', 'Oulaisen', 'oulainen'],
  ['-in, nn → nt', 'Vihannin', 'vihanti'],
  ['-an, ng → nk', 'Limingan', 'liminka'],
  ['-on, d → t', 'Hailuodon', 'hailuoto'],
  ['-in, ng → nk', 'Kiimingin', 'kiiminki'],
  ['-än, nn → nt', 'Pyhännän', 'pyhäntä'],
  ['-in, k → kk', 'Ruukin', 'ruukki'],
  ['-in, no gradation', 'Kaakkurin', 'kaakkuri'],
  ['-en → -i', 'Hietasaaren', 'hietasaari'],
  ['-en → -i, mm → mp', 'Lammen', 'lampi'],
  ['-en → -i, hd → ht', 'Lahden', 'lahti'],
  ['-en → -ki', 'Kalajoen', 'kalajoki'],
  ['-en → -ki, front vowels', 'Kärsämäen', 'kärsämäki'],
  ['-den → -si', 'Haapaveden', 'haapavesi'],
  ['-den → -s', 'Lakeuden', 'lakeus'],
  ['-ksen → -s', 'Muhoksen', 'muhos'],
  ['-en → -e', 'Raahen', 'raahe'],
  ['-een → -e', 'Kempeleen', 'kempele'],
  ['long vowel', 'Iin', 'ii'],
  ['long vowel, hyphenated', 'Yli-Iin', 'yli-ii'],
  ['long vowel, compound', 'Linnanmaan', 'linnanmaa'],
  ['-aan → -as, t → d', 'Haukiputaan', 'haukipudas'],
  ['-aan → -as, nk → ng', 'Metsokankaan', 'metsokangas'],
];

describe('The basic form of a name written in the genitive', () => {
  it.each(CASES)(
    'When the rule is %s (%s), then %s is among the nominatives',
    (_rule, genitive, nominative) => {
      expect(nominativesOf(genitive)).toContain(nominative);
    },
  );

  it('When a word is not a genitive, then no nominative is guessed', () => {
    expect(nominativesOf('Oulu')).toEqual([]);
    expect(nominativesOf('n')).toEqual([]);
  });
});
